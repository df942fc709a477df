import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { useEffect, useRef } from 'react';

export interface LocationPick {
  /** The point being edited, [lng, lat] in degrees, or null before one is chosen. */
  location: [number, number] | null;
  /** A click on the map or the end of a drag of the marker, [lng, lat] in degrees. */
  onPick: (lngLat: [number, number]) => void;
  /** The marker's accessible name. */
  label: string;
}

/**
 * A draggable MapLibre marker for the project form's location. A DOM marker rather than a deck.gl layer:
 * it can be dragged (mouse, touch), focused and named for screen readers without any picking code of ours.
 */
export function useLocationMarker(map: MapLibreMap | undefined, pick: LocationPick | undefined) {
  const marker = useRef<Marker | null>(null);
  const onPick = useRef(pick?.onPick);
  onPick.current = pick?.onPick;
  const lng = pick?.location?.[0];
  const lat = pick?.location?.[1];
  const label = pick?.label ?? '';

  useEffect(() => {
    if (!map || lng === undefined || lat === undefined) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      const created = new Marker({ draggable: true, color: '#b42318' }).setLngLat([lng, lat]).addTo(map);
      created.getElement().dataset.testid = 'location-marker';
      created.on('dragend', () => {
        const { lng, lat } = created.getLngLat();
        onPick.current?.([lng, lat]);
      });
      marker.current = created;
    } else {
      marker.current.setLngLat([lng, lat]);
    }
    marker.current.getElement().setAttribute('aria-label', label);
  }, [map, lng, lat, label]);

  // Gone with the map view.
  useEffect(
    () => () => {
      marker.current?.remove();
      marker.current = null;
    },
    [],
  );
}
