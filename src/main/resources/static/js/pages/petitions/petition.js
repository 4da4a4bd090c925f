/* The script of petitions/petition.html, kept out of the page so that the Content-Security-Policy allows no inline script. */
zhili.stepForms('form.petition-step');
