// The ids of the deck.gl layers that clicks and hovers pick from, in a module without deck.gl: the map
// reads them before deck.gl has loaded (deckOverlay.ts is loaded after the counties are first drawn).
export const countiesLayerId = 'counties';
