// The one small script every page loads (Base.astro), bundled to a single external file:
// the search box's keyboard shortcut, the citation panels' copy buttons and the language
// switch that keeps the query and anchor.
import './search-shortcut';
import './cite-copy';
import './language-switch';
import './print';
