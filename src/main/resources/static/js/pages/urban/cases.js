/* The script of urban/cases.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
zhiliUrban.stepForms('#hotline-form', (f, body) => { location.href = '/urban/cases/' + body.id; });
