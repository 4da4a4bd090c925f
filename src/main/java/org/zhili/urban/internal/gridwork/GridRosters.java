package org.zhili.urban.internal.gridwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhili.identity.Actor;
import org.zhili.identity.AuditTrail;
import org.zhili.identity.FieldCipher;
import org.zhili.identity.Permission;
import org.zhili.identity.PersonalData;
import org.zhili.org.OrgUnit;
import org.zhili.platform.ApiProblem;

/** Who works which grid (网格员花名册): assignments with their dates and the worker's phone, encrypted. */
@Service
public class GridRosters {

	/** An assignment as sent. */
	public record Assignment(String username, String workerName, String phone, LocalDate startsOn) {
	}

	/** An assignment as read: the phone masked unless the reader may see it in clear. */
	public record RosterView(long id, String username, String workerName, String phone, String gridCode, String gridName,
			LocalDate startsOn, LocalDate endsOn, boolean current) {
	}

	private final JdbcClient jdbc;
	private final GridAccess access;
	private final FieldCipher cipher;
	private final AuditTrail audit;

	GridRosters(JdbcClient jdbc, GridAccess access, FieldCipher cipher, AuditTrail audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.cipher = cipher;
		this.audit = audit;
	}

	@Transactional
	public RosterView assign(String gridCode, Assignment a, Actor actor, Instant now) {
		OrgUnit grid = access.grid("gridCode", gridCode);
		access.requireRosterManager(actor, grid);
		GridFields f = new GridFields();
		String username = f.text("username", a.username(), true, 100, "网格员账号");
		String name = f.text("workerName", a.workerName(), true, 50, "网格员姓名");
		String phone = f.phone("phone", a.phone());
		LocalDate starts = a.startsOn() == null ? access.today() : a.startsOn();
		f.check();
		boolean open = jdbc.sql("select exists (select 1 from urban.grid_roster where username = :u and grid_code = :g and ends_on is null)")
			.param("u", username)
			.param("g", grid.code())
			.query(Boolean.class)
			.single();
		if (open) {
			throw ApiProblem.conflict("already_assigned", name + "已在" + grid.shortName() + "任职");
		}
		long id = jdbc.sql("""
				insert into urban.grid_roster (username, worker_name, phone_enc, grid_code, grid_path, starts_on, created_by, created_at)
				values (:u, :n, :p, :g, :path, :s, :by, :at) returning id""")
			.param("u", username)
			.param("n", name)
			.param("p", cipher.encrypt(phone))
			.param("g", grid.code())
			.param("path", grid.path())
			.param("s", starts)
			.param("by", actor.username())
			.param("at", java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		audit.success("urban.grid-roster.assigned", grid.code(), name + "（" + username + "）任" + grid.shortName() + "网格员");
		return find(id, actor);
	}

	@Transactional
	public RosterView end(long id, LocalDate endsOn, Actor actor) {
		Row r = row(id).orElseThrow(GridRosters::notFound);
		OrgUnit grid = access.grid("gridCode", r.gridCode());
		access.requireRosterManager(actor, grid);
		LocalDate end = endsOn == null ? access.today() : endsOn;
		if (end.isBefore(r.startsOn())) {
			throw ApiProblem.badInput("endsOn", "before_start", "离任日期不能早于任职日期 " + r.startsOn());
		}
		if (r.endsOn() != null) {
			throw ApiProblem.conflict("already_ended", r.workerName() + "已于 " + r.endsOn() + " 离任");
		}
		jdbc.sql("update urban.grid_roster set ends_on = :e where id = :id").param("e", end).param("id", id).update();
		audit.success("urban.grid-roster.ended", grid.code(), r.workerName() + "（" + r.username() + "）" + end + " 离任" + grid.shortName());
		return find(id, actor);
	}

	/** The roster of one grid (current and past), for a reader in its chain. */
	public List<RosterView> ofGrid(String gridCode, Actor reader) {
		OrgUnit grid = access.grid("grid", gridCode);
		access.requireRead(reader, grid);
		if (reader.has(Permission.PERSONAL_DATA_UNMASK)) {
			audit.success("identity.personal-data.viewed", grid.code(), "查看" + grid.shortName() + "网格员电话");
		}
		return jdbc.sql("select * from urban.grid_roster where grid_code = :g order by ends_on nulls first, starts_on, id")
			.param("g", grid.code())
			.query(Row.class)
			.list()
			.stream()
			.map(r -> view(r, reader))
			.toList();
	}

	/** The grids the worker works today, in code order. */
	public List<String> gridsOf(String username) {
		return jdbc.sql("""
				select grid_code from urban.grid_roster where username = :u and starts_on <= :d
				  and (ends_on is null or ends_on >= :d) order by grid_code""")
			.param("u", username)
			.param("d", access.today())
			.query(String.class)
			.list();
	}

	/** The worker's name on a roster, if they are on one. */
	public java.util.Optional<String> workerName(String username) {
		return jdbc.sql("select worker_name from urban.grid_roster where username = :u order by ends_on nulls first limit 1")
			.param("u", username)
			.query(String.class)
			.optional();
	}

	private RosterView find(long id, Actor reader) {
		return view(row(id).orElseThrow(GridRosters::notFound), reader);
	}

	private java.util.Optional<Row> row(long id) {
		return jdbc.sql("select * from urban.grid_roster where id = :id").param("id", id).query(Row.class).optional();
	}

	private RosterView view(Row r, Actor reader) {
		String phone = cipher.decrypt(r.phoneEnc());
		LocalDate today = access.today();
		return new RosterView(r.id(), r.username(), r.workerName(),
				reader.has(Permission.PERSONAL_DATA_UNMASK) ? phone : PersonalData.phone(phone), r.gridCode(),
				access.name(r.gridCode()), r.startsOn(), r.endsOn(),
				!r.startsOn().isAfter(today) && (r.endsOn() == null || !r.endsOn().isBefore(today)));
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("roster_not_found", "没有这条网格员任职记录");
	}

	record Row(long id, String username, String workerName, String phoneEnc, String gridCode, String gridPath,
			LocalDate startsOn, LocalDate endsOn) {
	}
}
