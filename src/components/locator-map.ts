/**
 * Paths of the locator map of a country, computed once per country per build: the Natural Earth
 * shapes (world-atlas, 1:110m) are converted once, and each country's map is reused by every card
 * and page that shows it.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 240;
export const MAP_HEIGHT = 150;

let countries: FeatureCollection<Geometry> | undefined;
const maps = new Map<string, { land: string; shape: string } | undefined>();

export function locatorMap(numeric: string): { land: string; shape: string } | undefined {
  if (maps.has(numeric)) return maps.get(numeric);
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  countries ??= feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const target = countries.features.find((f: Feature) => String(f.id) === numeric);
  let map: { land: string; shape: string } | undefined;
  if (target) {
    // Fit the country with room around it, then clip everything else to the frame.
    const projection = geoMercator().fitExtent(
      [
        [MAP_WIDTH * 0.3, MAP_HEIGHT * 0.25],
        [MAP_WIDTH * 0.7, MAP_HEIGHT * 0.75],
      ],
      target,
    );
    projection.clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
    const path = geoPath(projection).digits(0);
    map = {
      land: countries.features.filter((f) => f !== target).map((f) => path(f) ?? '').join(''),
      shape: path(target) ?? '',
    };
  }
  maps.set(numeric, map);
  return map;
}
