/**
 * 开放数据: the catalogue of the datasets other modules publish ({@link org.zhili.opendata.OpenDataset} beans), spoken
 * as open-data portals harvest it — CKAN's action API ({@code /api/3/action/package_list}, {@code package_show},
 * {@code package_search}) and DCAT in JSON-LD ({@code /catalog.jsonld}) — and listed on a public page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data", allowedDependencies = { "identity", "org", "platform" })
package org.zhili.opendata;
