// The one small script every page loads (Base.astro), bundled to a single external file:
// the search box's keyboard shortcut and the citation panels' copy buttons.
import './search-shortcut';
import './cite-copy';
