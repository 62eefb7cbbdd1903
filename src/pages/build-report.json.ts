/**
 * /build-report.json: the join reported both ways (areas without data per indicator, level and
 * period; rows without an area stop the build) and how many cells disclosure control suppressed.
 * Tests and maintainers read it; it holds codes only, never values.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/atlas.ts';

export const GET = (() => new Response(JSON.stringify(getAtlas().report, null, 1), { headers: { 'Content-Type': 'application/json' } })) satisfies APIRoute;
