// The one small script every page loads (Base.astro), bundled to a single external file:
// the search box's keyboard shortcut, the citation panels' copy buttons and access date, and
// the language switch that keeps the query and anchor.
import './search-shortcut';
import './cite-copy';
import './cite-access';
import './language-switch';
import './print';
