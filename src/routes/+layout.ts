// Every page is built ahead of time; URLs end in a slash so they map onto folders on any host.
export const prerender = true;
export const trailingSlash = 'always';
