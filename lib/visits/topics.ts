/** The realtime topic of a location's hall screen and "how busy" page. */
export const boardTopic = (locationId: string) => `visit-board:${locationId}`;
