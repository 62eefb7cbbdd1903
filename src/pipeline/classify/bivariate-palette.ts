/**
 * The bivariate palette, index 3 * y + x (see bivariate-class.ts). Built as Joshua Stevens
 * builds his bivariate schemes: two sequential ramps from the same light grey, one per
 * indicator, multiplied together. The ramps (orange-red for X, violet-blue for Y) were chosen
 * among hue pairs for the largest smallest colour difference under simulated protanopia,
 * deuteranopia and tritanopia (Machado et al. 2009): every pair of the nine stays at least 25
 * CIELAB units apart in each, where Stevens' published teal-pink scheme falls to under 5 for
 * protanopia (tests/unit/classify/bivariate.test.ts measures it). The class codes printed in
 * the legend and table mean the map never relies on colour alone.
 */
export const BIVARIATE_COLOURS: readonly string[] = [
  '#e8e8e8', '#e3a092', '#dd573c', // Y lower third:  X lower, middle, upper
  '#a092e3', '#9c648f', '#98373b', // Y middle third
  '#573cdd', '#55298b', '#531739', // Y upper third
];
