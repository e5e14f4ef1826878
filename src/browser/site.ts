// The one small script every page loads (Base.astro), bundled to a single external file:
// the search box's keyboard shortcut, the citation panels' copy buttons and access date, the
// language switch that keeps the query and anchor, and the forwarding of anchors of lists now
// grouped to their group pages, and the sortable columns of the statistics table.
import './search-shortcut';
import './cite-copy';
import './cite-access';
import './language-switch';
import './print';
import './anchor-resolver';
import './sortable-table';
