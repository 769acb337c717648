// Every page is prerendered unless it says otherwise; the rest fall back to 200.html.
export const prerender = true;
export const trailingSlash = 'never';
