package org.zhili.urban.internal.components;

import java.util.List;

/**
 * The columns the inventory's files use: the CJ/T 214 attribute names (DU-13), the same in GeoJSON properties, CSV
 * headers and Shapefile .dbf fields (at most 10 characters). DEPTCODE1 is the 主管部门's org unit code, DEPTNAME1 its
 * name (written for people, ignored on import), DEPTNAME2 the 权属单位, DEPTNAME3 the 养护单位. A class's
 * type-specific attributes follow under their own field names (see {@link ComponentAttributes}).
 */
final class ComponentFields {

	static final String OBJCODE = "OBJCODE";
	static final String CLASSCODE = "CLASSCODE";
	static final String OBJNAME = "OBJNAME";
	static final String DEPTCODE1 = "DEPTCODE1";
	static final String DEPTNAME1 = "DEPTNAME1";
	static final String DEPTNAME2 = "DEPTNAME2";
	static final String DEPTNAME3 = "DEPTNAME3";
	static final String BGID = "BGID";
	static final String OBJSTATE = "OBJSTATE";
	static final String ORDATE = "ORDATE";
	static final String CHDATE = "CHDATE";
	static final String DATASOURCE = "DATASOURCE";
	static final String NOTE = "NOTE";
	/** CSV only: the point, or the geometry as WKT. */
	static final String LNG = "LNG";
	static final String LAT = "LAT";
	static final String WKT = "WKT";
	/** What a rejected geometry is reported under in GeoJSON and Shapefile imports. */
	static final String GEOMETRY = "geometry";

	/** The columns every file carries, in their order. */
	static final List<String> COMMON = List.of(OBJCODE, CLASSCODE, OBJNAME, DEPTCODE1, DEPTNAME1, DEPTNAME2, DEPTNAME3,
			BGID, OBJSTATE, ORDATE, CHDATE, DATASOURCE, NOTE);

	private ComponentFields() {
	}
}
