/* The script of urban/cases-approvals.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
zhiliUrban.stepForms('.approval-step');
