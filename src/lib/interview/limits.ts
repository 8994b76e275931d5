/** Questions in a mock interview: the default and the choice offered. (No imports: pages that only link to an interview read these.) */
export const MOCK_DEFAULT = 6;
export const MOCK_MIN = 3;
export const MOCK_MAX = 15;
