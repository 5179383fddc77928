/** The name a downloaded list file is kept under: the last part of its URL's path (the loaders read names: SDN.CSV, cons_prim.csv). */
export const listFileName = (url: string): string => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
