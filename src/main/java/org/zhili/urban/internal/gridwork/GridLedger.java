package org.zhili.urban.internal.gridwork;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.PersonalData;
import org.zhili.org.AddressKey;
import org.zhili.org.Location;
import org.zhili.org.Locator;
import org.zhili.org.OrgUnit;
import org.zhili.platform.ApiProblem;

/**
 * The grid's 九全 ledger: its buildings, the households in them, the key persons and the places. Names, phones and ID
 * numbers are encrypted at rest and masked in every answer (their clear values through {@link #reveal} only); every
 * read of personal records — a list or one record — leaves an audit row naming the reader.
 */
@Service
public class GridLedger {

	// --- as sent

	public record NewBuilding(String address, Integer floors, Double lng, Double lat, String note) {
	}

	public record NewHousehold(Long buildingId, String room, String headName, String headPhone, String headIdNumber,
			Integer members, String tenure, String note) {
	}

	public record NewPerson(Long householdId, String kind, String name, String phone, String idNumber, Integer birthYear,
			String note) {
	}

	public record NewPlace(Long buildingId, String kind, String name, String address, String contactName,
			String contactPhone, String note) {
	}

	// --- as read (personal fields masked)

	public record BuildingView(long id, String gridCode, String address, String addressKey, Integer floors, Double lng,
			Double lat, int households, String note) {
	}

	public record HouseholdView(long id, long buildingId, String gridCode, String address, String room, String headName,
			String headPhone, String headIdNumber, int members, String tenure, String tenureLabel, int keyPersons,
			Instant lastVisitedAt, String note) {
	}

	public record PersonView(long id, Long householdId, String gridCode, String kind, String kindLabel, String name,
			String phone, String idNumber, Integer birthYear, String address, Instant lastVisitedAt, String note) {
	}

	public record PlaceView(long id, Long buildingId, String gridCode, String kind, String kindLabel, boolean nineSmall,
			String name, String address, String contactName, String contactPhone, Instant lastVisitedAt, String note) {
	}

	/** The grid's ledger counted: 九全 at a glance. */
	public record Counts(int buildings, int households, int rented, int persons, int elderlyAlone, int places,
			int nineSmall) {
	}

	/** A clear value, after an audited reveal. */
	public record Revealed(String field, String value) {
	}

	private final JdbcClient jdbc;
	private final GridAccess access;
	private final FieldCipher cipher;
	private final AuditTrail audit;
	private final Locator locator;

	GridLedger(JdbcClient jdbc, GridAccess access, FieldCipher cipher, AuditTrail audit, Locator locator) {
		this.jdbc = jdbc;
		this.access = access;
		this.cipher = cipher;
		this.audit = audit;
		this.locator = locator;
	}

	// --- writing

	@Transactional
	public BuildingView addBuilding(String gridCode, NewBuilding b, Actor actor, Instant now) {
		OrgUnit grid = access.grid("gridCode", gridCode);
		access.requireRead(actor, grid);
		GridFields f = new GridFields();
		String address = f.text("address", b.address(), true, 200, "楼栋地址");
		f.range("floors", b.floors(), 1, 200, false, "层数");
		String note = f.text("note", b.note(), false, 500, "备注");
		if ((b.lng() == null) != (b.lat() == null)) {
			f.error(b.lng() == null ? "lng" : "lat", "经度和纬度须同时填写");
		}
		else if (b.lng() != null) {
			Optional<Location> at = locator.locate(b.lng(), b.lat());
			if (at.isEmpty() || at.get().grid() != null && !at.get().grid().code().equals(grid.code())) {
				f.error("lng", "该位置不在" + grid.shortName() + "内");
			}
		}
		f.check();
		long id = jdbc.sql("""
				insert into urban.grid_building (grid_code, grid_path, address, address_key, floors, lng, lat, note, created_by, created_at)
				values (:g, :path, :a, :k, :f, :lng, :lat, :note, :by, :at) returning id""")
			.param("g", grid.code())
			.param("path", grid.path())
			.param("a", address)
			.param("k", AddressKey.of(address))
			.param("f", b.floors())
			.param("lng", b.lng())
			.param("lat", b.lat())
			.param("note", note)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		return buildings(grid.code(), actor).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public HouseholdView addHousehold(String gridCode, NewHousehold h, Actor actor, Instant now) {
		OrgUnit grid = access.grid("gridCode", gridCode);
		access.requireRead(actor, grid);
		GridFields f = new GridFields();
		if (h.buildingId() == null) {
			f.error("buildingId", "请选择楼栋");
		}
		else if (!belongs("urban.grid_building", h.buildingId(), grid.code())) {
			f.error("buildingId", "楼栋不在" + grid.shortName() + "内");
		}
		String room = f.text("room", h.room(), true, 40, "门牌（单元、室）");
		String name = f.text("headName", h.headName(), true, 50, "户主姓名");
		String phone = f.phone("headPhone", h.headPhone());
		String idNumber = f.idNumber("headIdNumber", h.headIdNumber());
		Integer members = f.range("members", h.members(), 0, 50, true, "人数");
		Tenure tenure = f.choice("tenure", h.tenure(), Tenure.class, true, "居住类型");
		String note = f.text("note", h.note(), false, 500, "备注");
		f.check();
		boolean taken = jdbc.sql("select exists (select 1 from urban.grid_household where building_id = :b and room = :r)")
			.param("b", h.buildingId())
			.param("r", room)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw ApiProblem.badInput("room", "duplicate_room", "该楼栋已登记 " + room);
		}
		long id = jdbc.sql("""
				insert into urban.grid_household (building_id, grid_code, grid_path, room, head_name_enc, head_phone_enc,
				  head_id_enc, head_id_index, members, tenure, note, created_by, created_at)
				values (:b, :g, :path, :room, :n, :p, :i, :ii, :m, :t, :note, :by, :at) returning id""")
			.param("b", h.buildingId())
			.param("g", grid.code())
			.param("path", grid.path())
			.param("room", room)
			.param("n", cipher.encrypt(name))
			.param("p", cipher.encrypt(phone))
			.param("i", cipher.encrypt(idNumber))
			.param("ii", idNumber == null ? null : cipher.blindIndex(idNumber))
			.param("m", members)
			.param("t", tenure.name())
			.param("note", note)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		audit.success("urban.grid-ledger.written", "grid-household:" + id, "登记" + grid.shortName() + "住户 " + room);
		return householdView(householdRow(id).orElseThrow());
	}

	@Transactional
	public PersonView addPerson(String gridCode, NewPerson p, Actor actor, Instant now) {
		OrgUnit grid = access.grid("gridCode", gridCode);
		access.requireRead(actor, grid);
		GridFields f = new GridFields();
		if (p.householdId() != null && !belongs("urban.grid_household", p.householdId(), grid.code())) {
			f.error("householdId", "住户不在" + grid.shortName() + "内");
		}
		KeyPersonKind kind = f.choice("kind", p.kind(), KeyPersonKind.class, true, "人员类别");
		String name = f.text("name", p.name(), true, 50, "姓名");
		String phone = f.phone("phone", p.phone());
		String idNumber = f.idNumber("idNumber", p.idNumber());
		f.range("birthYear", p.birthYear(), 1900, access.today().getYear(), false, "出生年份");
		String note = f.text("note", p.note(), false, 500, "备注");
		f.check();
		long id = jdbc.sql("""
				insert into urban.grid_person (household_id, grid_code, grid_path, kind, name_enc, phone_enc, id_number_enc,
				  id_index, birth_year, note, created_by, created_at)
				values (:h, :g, :path, :k, :n, :p, :i, :ii, :y, :note, :by, :at) returning id""")
			.param("h", p.householdId())
			.param("g", grid.code())
			.param("path", grid.path())
			.param("k", kind.name())
			.param("n", cipher.encrypt(name))
			.param("p", cipher.encrypt(phone))
			.param("i", cipher.encrypt(idNumber))
			.param("ii", idNumber == null ? null : cipher.blindIndex(idNumber))
			.param("y", p.birthYear())
			.param("note", note)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		audit.success("urban.grid-ledger.written", "grid-person:" + id, "登记" + grid.shortName() + kind.label());
		return personView(personRow(id).orElseThrow());
	}

	@Transactional
	public PlaceView addPlace(String gridCode, NewPlace p, Actor actor, Instant now) {
		OrgUnit grid = access.grid("gridCode", gridCode);
		access.requireRead(actor, grid);
		GridFields f = new GridFields();
		if (p.buildingId() != null && !belongs("urban.grid_building", p.buildingId(), grid.code())) {
			f.error("buildingId", "楼栋不在" + grid.shortName() + "内");
		}
		PlaceKind kind = f.choice("kind", p.kind(), PlaceKind.class, true, "场所类别");
		String name = f.text("name", p.name(), true, 100, "场所名称");
		String address = f.text("address", p.address(), true, 200, "场所地址");
		String contact = f.text("contactName", p.contactName(), false, 50, "负责人");
		String phone = f.phone("contactPhone", p.contactPhone());
		String note = f.text("note", p.note(), false, 500, "备注");
		f.check();
		long id = jdbc.sql("""
				insert into urban.grid_place (building_id, grid_code, grid_path, kind, name, address, address_key,
				  contact_name_enc, contact_phone_enc, note, created_by, created_at)
				values (:b, :g, :path, :k, :n, :a, :key, :cn, :cp, :note, :by, :at) returning id""")
			.param("b", p.buildingId())
			.param("g", grid.code())
			.param("path", grid.path())
			.param("k", kind.name())
			.param("n", name)
			.param("a", address)
			.param("key", AddressKey.of(address))
			.param("cn", cipher.encrypt(contact))
			.param("cp", cipher.encrypt(phone))
			.param("note", note)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		audit.success("urban.grid-ledger.written", "grid-place:" + id, "登记" + grid.shortName() + kind.label() + " " + name);
		return placeView(placeRow(id).orElseThrow());
	}

	// --- reading

	public Counts counts(String gridCode, Actor reader) {
		OrgUnit grid = access.grid("grid", gridCode);
		access.requireRead(reader, grid);
		return jdbc.sql("""
				select (select count(*) from urban.grid_building where grid_code = :g),
				  (select count(*) from urban.grid_household where grid_code = :g),
				  (select count(*) from urban.grid_household where grid_code = :g and tenure = 'RENTED'),
				  (select count(*) from urban.grid_person where grid_code = :g),
				  (select count(*) from urban.grid_person where grid_code = :g and kind = 'ELDERLY_ALONE'),
				  (select count(*) from urban.grid_place where grid_code = :g),
				  (select count(*) from urban.grid_place where grid_code = :g and kind not in ('RENTED_ROOM', 'SHOP'))""")
			.param("g", grid.code())
			.query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
					rs.getInt(7)))
			.single();
	}

	/** The grid's buildings (no personal data: addresses of buildings only). */
	public List<BuildingView> buildings(String gridCode, Actor reader) {
		OrgUnit grid = access.grid("grid", gridCode);
		access.requireRead(reader, grid);
		return jdbc.sql("""
				select b.*, (select count(*) from urban.grid_household h where h.building_id = b.id) households
				from urban.grid_building b where b.grid_code = :g order by b.address, b.id""")
			.param("g", grid.code())
			.query((rs, n) -> new BuildingView(rs.getLong("id"), rs.getString("grid_code"), rs.getString("address"),
					rs.getString("address_key"), (Integer) rs.getObject("floors"), (Double) rs.getObject("lng"),
					(Double) rs.getObject("lat"), rs.getInt("households"), rs.getString("note")))
			.list();
	}

	public List<HouseholdView> households(String gridCode, Long buildingId, Actor reader) {
		OrgUnit grid = access.grid("grid", gridCode);
		access.requireRead(reader, grid);
		List<HouseholdView> rows = jdbc.sql(HOUSEHOLDS + " where h.grid_code = :g and (cast(:b as bigint) is null or h.building_id = :b)"
				+ " order by b.address, h.room, h.id")
			.param("g", grid.code())
			.param("b", buildingId)
			.query(HouseholdRow.class)
			.list()
			.stream()
			.map(this::householdView)
			.toList();
		audit.success("urban.grid-ledger.listed", grid.code(), "查看" + grid.shortName() + "住户台账 " + rows.size() + " 户（脱敏）");
		return rows;
	}

	public List<PersonView> persons(String gridCode, KeyPersonKind kind, Actor reader) {
		OrgUnit grid = access.grid("grid", gridCode);
		access.requireRead(reader, grid);
		List<PersonView> rows = jdbc.sql(PERSONS + " where p.grid_code = :g and (cast(:k as varchar) is null or p.kind = :k)"
				+ " order by p.kind, p.id")
			.param("g", grid.code())
			.param("k", kind == null ? null : kind.name())
			.query(PersonRow.class)
			.list()
			.stream()
			.map(this::personView)
			.toList();
		audit.success("urban.grid-ledger.listed", grid.code(), "查看" + grid.shortName() + "重点人员台账 " + rows.size() + " 人（脱敏）");
		return rows;
	}

	public List<PlaceView> places(String gridCode, PlaceKind kind, Actor reader) {
		OrgUnit grid = access.grid("grid", gridCode);
		access.requireRead(reader, grid);
		List<PlaceView> rows = jdbc.sql(PLACES + " where p.grid_code = :g and (cast(:k as varchar) is null or p.kind = :k)"
				+ " order by p.kind, p.name, p.id")
			.param("g", grid.code())
			.param("k", kind == null ? null : kind.name())
			.query(PlaceRow.class)
			.list()
			.stream()
			.map(this::placeView)
			.toList();
		audit.success("urban.grid-ledger.listed", grid.code(), "查看" + grid.shortName() + "场所台账 " + rows.size() + " 处（脱敏）");
		return rows;
	}

	/** One household, for a reader in its grid's chain; the read is audited. */
	public HouseholdView household(long id, Actor reader) {
		HouseholdRow r = householdRow(id).orElseThrow(() -> notFound("household"));
		OrgUnit grid = visibleGrid(r.gridCode(), reader, "grid-household:" + id);
		audit.success("urban.grid-ledger.viewed", "grid-household:" + id, "查看" + grid.shortName() + "住户 " + r.room());
		return householdView(r);
	}

	public PersonView person(long id, Actor reader) {
		PersonRow r = personRow(id).orElseThrow(() -> notFound("person"));
		OrgUnit grid = visibleGrid(r.gridCode(), reader, "grid-person:" + id);
		audit.success("urban.grid-ledger.viewed", "grid-person:" + id,
				"查看" + grid.shortName() + KeyPersonKind.valueOf(r.kind()).label() + "信息");
		return personView(r);
	}

	public PlaceView place(long id, Actor reader) {
		PlaceRow r = placeRow(id).orElseThrow(() -> notFound("place"));
		OrgUnit grid = visibleGrid(r.gridCode(), reader, "grid-place:" + id);
		audit.success("urban.grid-ledger.viewed", "grid-place:" + id, "查看" + grid.shortName() + "场所 " + r.name());
		return placeView(r);
	}

	/**
	 * The clear value of one personal field of a ledger record ({@code household|person|place}, field
	 * {@code name|phone|idNumber}); for holders of PERSONAL_DATA_UNMASK in the grid's chain, audited.
	 */
	public Revealed reveal(String kind, long id, String field, Actor reader) {
		String enc;
		String gridCode;
		switch (kind) {
			case "household" -> {
				HouseholdRow r = householdRow(id).orElseThrow(() -> notFound(kind));
				gridCode = r.gridCode();
				enc = switch (field) {
					case "name" -> r.headNameEnc();
					case "phone" -> r.headPhoneEnc();
					case "idNumber" -> r.headIdEnc();
					default -> throw unknownField();
				};
			}
			case "person" -> {
				PersonRow r = personRow(id).orElseThrow(() -> notFound(kind));
				gridCode = r.gridCode();
				enc = switch (field) {
					case "name" -> r.nameEnc();
					case "phone" -> r.phoneEnc();
					case "idNumber" -> r.idNumberEnc();
					default -> throw unknownField();
				};
			}
			case "place" -> {
				PlaceRow r = placeRow(id).orElseThrow(() -> notFound(kind));
				gridCode = r.gridCode();
				enc = switch (field) {
					case "name" -> r.contactNameEnc();
					case "phone" -> r.contactPhoneEnc();
					default -> throw unknownField();
				};
			}
			default -> throw ApiProblem.notFound("not_found", "没有这类台账记录");
		}
		visibleGrid(gridCode, reader, "grid-" + kind + ":" + id);
		audit.success("identity.personal-data.viewed", "grid-" + kind + ":" + id, "查看网格台账" + fieldLabel(field) + "明文");
		return new Revealed(field, cipher.decrypt(enc));
	}

	/** The target of a visit as a short text (masked), with its grid and the household it covers. */
	Optional<Target> target(VisitTarget kind, long id) {
		return switch (kind) {
			case HOUSEHOLD -> householdRow(id).map(r -> new Target(kind, id, r.gridCode(), id,
					r.address() + " " + r.room() + "（" + PersonalData.name(cipher.decrypt(r.headNameEnc())) + "）", r.address(),
					r.lng(), r.lat()));
			case PERSON -> personRow(id).map(r -> new Target(kind, id, r.gridCode(), r.householdId(),
					KeyPersonKind.valueOf(r.kind()).label() + " " + PersonalData.name(cipher.decrypt(r.nameEnc()))
							+ (r.address() == null ? "" : "（" + r.address() + "）"),
					r.buildingAddress(), r.lng(), r.lat()));
			case PLACE -> placeRow(id).map(r -> new Target(kind, id, r.gridCode(), null,
					PlaceKind.valueOf(r.kind()).label() + " " + r.name(), r.address(), r.lng(), r.lat()));
		};
	}

	/** What a visit goes to: its grid, the household it covers (if any), a masked label and where it is. */
	record Target(VisitTarget kind, long id, String gridCode, Long householdId, String label, String address, Double lng,
			Double lat) {
	}

	private OrgUnit visibleGrid(String gridCode, Actor reader, String target) {
		OrgUnit grid = access.grid("grid", gridCode);
		if (!access.reads(reader, grid)) {
			audit.record("urban.grid-ledger.viewed", target, org.zhili.identity.AuditOutcome.DENIED,
					"不在" + grid.shortName() + "的管理范围内");
			access.requireRead(reader, grid);
		}
		return grid;
	}

	private boolean belongs(String table, long id, String gridCode) {
		return jdbc.sql("select exists (select 1 from " + table + " where id = :id and grid_code = :g)")
			.param("id", id)
			.param("g", gridCode)
			.query(Boolean.class)
			.single();
	}

	private static final String LAST_VISIT = "(select max(v.visited_at) from urban.grid_visit v where v.target_kind = '%s' and v.target_id = %s)";

	private static final String HOUSEHOLDS = """
			select h.id, h.building_id, h.grid_code, b.address, h.room, h.head_name_enc, h.head_phone_enc, h.head_id_enc,
			  h.members, h.tenure, h.note, b.lng, b.lat,
			  (select count(*) from urban.grid_person p where p.household_id = h.id) key_persons,
			  """ + LAST_VISIT.formatted("HOUSEHOLD", "h.id") + """
			 last_visited_at
			from urban.grid_household h join urban.grid_building b on b.id = h.building_id""";

	private static final String PERSONS = """
			select p.id, p.household_id, p.grid_code, p.kind, p.name_enc, p.phone_enc, p.id_number_enc, p.birth_year, p.note,
			  case when h.id is null then null else b.address || ' ' || h.room end address, b.address building_address,
			  b.lng, b.lat, """ + LAST_VISIT.formatted("PERSON", "p.id") + """
			 last_visited_at
			from urban.grid_person p left join urban.grid_household h on h.id = p.household_id
			  left join urban.grid_building b on b.id = h.building_id""";

	private static final String PLACES = """
			select p.id, p.building_id, p.grid_code, p.kind, p.name, p.address, p.contact_name_enc, p.contact_phone_enc, p.note,
			  b.lng, b.lat, """ + LAST_VISIT.formatted("PLACE", "p.id") + """
			 last_visited_at
			from urban.grid_place p left join urban.grid_building b on b.id = p.building_id""";

	record HouseholdRow(long id, long buildingId, String gridCode, String address, String room, String headNameEnc,
			String headPhoneEnc, String headIdEnc, int members, String tenure, String note, Double lng, Double lat,
			int keyPersons, Instant lastVisitedAt) {
	}

	record PersonRow(long id, Long householdId, String gridCode, String kind, String nameEnc, String phoneEnc,
			String idNumberEnc, Integer birthYear, String note, String address, String buildingAddress, Double lng,
			Double lat, Instant lastVisitedAt) {
	}

	record PlaceRow(long id, Long buildingId, String gridCode, String kind, String name, String address,
			String contactNameEnc, String contactPhoneEnc, String note, Double lng, Double lat, Instant lastVisitedAt) {
	}

	private Optional<HouseholdRow> householdRow(long id) {
		return jdbc.sql(HOUSEHOLDS + " where h.id = :id").param("id", id).query(HouseholdRow.class).optional();
	}

	private Optional<PersonRow> personRow(long id) {
		return jdbc.sql(PERSONS + " where p.id = :id").param("id", id).query(PersonRow.class).optional();
	}

	private Optional<PlaceRow> placeRow(long id) {
		return jdbc.sql(PLACES + " where p.id = :id").param("id", id).query(PlaceRow.class).optional();
	}

	private HouseholdView householdView(HouseholdRow r) {
		Tenure tenure = Tenure.valueOf(r.tenure());
		return new HouseholdView(r.id(), r.buildingId(), r.gridCode(), r.address(), r.room(),
				PersonalData.name(cipher.decrypt(r.headNameEnc())), PersonalData.phone(cipher.decrypt(r.headPhoneEnc())),
				PersonalData.idNumber(cipher.decrypt(r.headIdEnc())), r.members(), tenure.name(), tenure.label(),
				r.keyPersons(), r.lastVisitedAt(), r.note());
	}

	private PersonView personView(PersonRow r) {
		KeyPersonKind kind = KeyPersonKind.valueOf(r.kind());
		return new PersonView(r.id(), r.householdId(), r.gridCode(), kind.name(), kind.label(),
				PersonalData.name(cipher.decrypt(r.nameEnc())), PersonalData.phone(cipher.decrypt(r.phoneEnc())),
				PersonalData.idNumber(cipher.decrypt(r.idNumberEnc())), r.birthYear(), r.address(), r.lastVisitedAt(),
				r.note());
	}

	private PlaceView placeView(PlaceRow r) {
		PlaceKind kind = PlaceKind.valueOf(r.kind());
		return new PlaceView(r.id(), r.buildingId(), r.gridCode(), kind.name(), kind.label(), kind.nineSmall(), r.name(),
				r.address(), PersonalData.name(cipher.decrypt(r.contactNameEnc())),
				PersonalData.phone(cipher.decrypt(r.contactPhoneEnc())), r.lastVisitedAt(), r.note());
	}

	private static String fieldLabel(String field) {
		return switch (field) {
			case "name" -> "姓名";
			case "phone" -> "电话";
			default -> "身份证号";
		};
	}

	private static ApiProblem unknownField() {
		return ApiProblem.badInput("field", "unknown_field", "可查看的字段：name、phone、idNumber");
	}

	static ApiProblem notFound(String what) {
		return ApiProblem.notFound(what + "_not_found", "台账中没有这条记录");
	}
}
