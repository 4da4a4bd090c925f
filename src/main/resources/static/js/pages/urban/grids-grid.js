/* The script of urban/grids-grid.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
zhili.stepForms('.roster-form');
