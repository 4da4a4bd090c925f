package org.zhili.urban.internal.gridwork;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhili.identity.Actor;
import org.zhili.platform.ApiProblem;
import org.zhili.process.Links;
import org.zhili.process.Photos;

/** 网格员 over HTTP: rosters, the 九全 ledger, visits and the monthly coverage, each within the grid's chain of command. */
@RestController
@RequestMapping("/api/v1/urban/grids")
@Tag(name = "网格员", description = "网格员花名册、网格“九全”台账（楼栋、住户、重点人员、场所）、走访记录、走访覆盖率")
class GridWorkController {

	static final String GRID = "{grid:[0-9]{15}}";

	/** A grid's roster, ledger counts and the caller's place in it. */
	record GridSummary(String code, String name, GridLedger.Counts counts, List<GridRosters.RosterView> roster) {
	}

	record Ending(LocalDate endsOn) {
	}

	record VisitDetail(GridVisits.VisitView visit, List<Links.Link> links, List<Photos.Photo> photos) {
	}

	record Uploaded(long id) {
	}

	private final GridRosters rosters;
	private final GridLedger ledger;
	private final GridVisits visits;
	private final GridCoverage coverage;
	private final GridAccess access;
	private final Clock clock;

	GridWorkController(GridRosters rosters, GridLedger ledger, GridVisits visits, GridCoverage coverage, GridAccess access,
			Clock clock) {
		this.rosters = rosters;
		this.ledger = ledger;
		this.visits = visits;
		this.coverage = coverage;
		this.access = access;
		this.clock = clock;
	}

	// --- rosters

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "我负责的网格（今日在岗）")
	List<String> mine(Actor actor) {
		return rosters.gridsOf(actor.username());
	}

	@GetMapping("/" + GRID)
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "网格概况：台账数量和网格员（限网格的管理链条）")
	GridSummary grid(@PathVariable String grid, Actor actor) {
		return new GridSummary(grid, access.name(grid), ledger.counts(grid, actor), rosters.ofGrid(grid, actor));
	}

	@GetMapping("/" + GRID + "/roster")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "网格员花名册（电话脱敏）")
	List<GridRosters.RosterView> roster(@PathVariable String grid, Actor actor) {
		return rosters.ofGrid(grid, actor);
	}

	@PostMapping("/" + GRID + "/roster")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "任命网格员（社区、街道或区级管理人员）")
	ResponseEntity<GridRosters.RosterView> assign(@PathVariable String grid, @RequestBody GridRosters.Assignment body,
			Actor actor) {
		GridRosters.RosterView v = rosters.assign(grid, body, actor, clock.instant());
		return ResponseEntity.created(URI.create("/api/v1/urban/grids/" + grid + "/roster")).body(v);
	}

	@PostMapping("/roster/{id}/end")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "网格员离任（不填日期为今天）")
	GridRosters.RosterView end(@PathVariable long id, @RequestBody(required = false) Ending body, Actor actor) {
		return rosters.end(id, body == null ? null : body.endsOn(), actor);
	}

	// --- ledger

	@GetMapping("/" + GRID + "/buildings")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "楼栋台账")
	List<GridLedger.BuildingView> buildings(@PathVariable String grid, Actor actor) {
		return ledger.buildings(grid, actor);
	}

	@PostMapping("/" + GRID + "/buildings")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "登记楼栋（地址生成楼栋键，用于一址一档）")
	ResponseEntity<GridLedger.BuildingView> addBuilding(@PathVariable String grid, @RequestBody GridLedger.NewBuilding body,
			Actor actor) {
		return created(ledger.addBuilding(grid, body, actor, clock.instant()));
	}

	@GetMapping("/" + GRID + "/households")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "住户台账（姓名、电话、身份证号脱敏；每次查看记入审计）")
	List<GridLedger.HouseholdView> households(@PathVariable String grid, @RequestParam(required = false) Long buildingId,
			Actor actor) {
		return ledger.households(grid, buildingId, actor);
	}

	@PostMapping("/" + GRID + "/households")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "登记住户（个人信息加密保存）")
	ResponseEntity<GridLedger.HouseholdView> addHousehold(@PathVariable String grid,
			@RequestBody GridLedger.NewHousehold body, Actor actor) {
		return created(ledger.addHousehold(grid, body, actor, clock.instant()));
	}

	@GetMapping("/" + GRID + "/persons")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "重点人员台账（独居老人、出租房租户、需关爱人员……；脱敏；查看记入审计）")
	List<GridLedger.PersonView> persons(@PathVariable String grid, @RequestParam(required = false) String kind, Actor actor) {
		return ledger.persons(grid, kind(kind, KeyPersonKind.class), actor);
	}

	@PostMapping("/" + GRID + "/persons")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "登记重点人员")
	ResponseEntity<GridLedger.PersonView> addPerson(@PathVariable String grid, @RequestBody GridLedger.NewPerson body,
			Actor actor) {
		return created(ledger.addPerson(grid, body, actor, clock.instant()));
	}

	@GetMapping("/" + GRID + "/places")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "场所台账（出租屋、商铺、九小场所）")
	List<GridLedger.PlaceView> places(@PathVariable String grid, @RequestParam(required = false) String kind, Actor actor) {
		return ledger.places(grid, kind(kind, PlaceKind.class), actor);
	}

	@PostMapping("/" + GRID + "/places")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "登记场所")
	ResponseEntity<GridLedger.PlaceView> addPlace(@PathVariable String grid, @RequestBody GridLedger.NewPlace body,
			Actor actor) {
		return created(ledger.addPlace(grid, body, actor, clock.instant()));
	}

	@GetMapping("/ledger/households/{id}")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "一户住户（脱敏；记入审计）")
	GridLedger.HouseholdView household(@PathVariable long id, Actor actor) {
		return ledger.household(id, actor);
	}

	@GetMapping("/ledger/persons/{id}")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "一名重点人员（脱敏；记入审计）")
	GridLedger.PersonView person(@PathVariable long id, Actor actor) {
		return ledger.person(id, actor);
	}

	@GetMapping("/ledger/places/{id}")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "一处场所（负责人脱敏；记入审计）")
	GridLedger.PlaceView place(@PathVariable long id, Actor actor) {
		return ledger.place(id, actor);
	}

	@GetMapping("/ledger/{kind:households|persons|places}/{id}/personal")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW') and hasAuthority('PERSONAL_DATA_UNMASK')")
	@Operation(summary = "查看台账个人信息明文（field=name|phone|idNumber）；每次查看都记入审计")
	GridLedger.Revealed reveal(@PathVariable String kind, @PathVariable long id, @RequestParam String field, Actor actor) {
		return ledger.reveal(kind.substring(0, kind.length() - 1), id, field, actor);
	}

	// --- visits

	@GetMapping("/visits")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "走访记录（可按网格、状态、走访人、日期筛选）")
	List<GridVisits.VisitView> visits(@RequestParam(required = false) String grid,
			@RequestParam(required = false) String state, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "200") int limit, Actor actor) {
		if (limit < 1 || limit > 2000) {
			throw ApiProblem.badInput("limit", "out_of_range", "limit 须在 1 到 2000 之间");
		}
		return visits.list(new GridVisits.Filter(grid, kind(state, VisitState.class), mine ? actor.username() : null, from, to),
				actor, limit);
	}

	@GetMapping("/visits/today")
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	@Operation(summary = "我今天的走访：到期和逾期的计划，以及今天已走访的")
	List<GridVisits.VisitView> today(Actor actor) {
		return visits.today(actor);
	}

	@PostMapping("/visits/plans")
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	@Operation(summary = "计划走访（住户、重点人员或场所，须指定日期）")
	ResponseEntity<GridVisits.VisitView> plan(@RequestBody GridVisits.NewPlan body, Actor actor) {
		GridVisits.VisitView v = visits.plan(body, actor, clock.instant());
		return ResponseEntity.created(URI.create("/api/v1/urban/grids/visits/" + v.id())).body(v);
	}

	@PostMapping("/visits")
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	@Operation(summary = "记录走访（完成计划或临时走访）；带 openCase 时同时转12345工单（网格巡查）")
	ResponseEntity<GridVisits.VisitView> record(@RequestBody GridVisits.NewVisit body, Actor actor) {
		GridVisits.VisitView v = visits.record(body, actor, clock.instant());
		return ResponseEntity.created(URI.create("/api/v1/urban/grids/visits/" + v.id())).body(v);
	}

	@GetMapping("/visits/{id}")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "一次走访：情况、照片、关联工单")
	VisitDetail visit(@PathVariable long id, Actor actor) {
		return new VisitDetail(visits.visit(id, actor), visits.links(id), visits.photos(id));
	}

	@PostMapping("/visits/{id}/case")
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	@Operation(summary = "从走访转12345工单（网格巡查渠道），工单与走访互相关联")
	GridVisits.VisitView openCase(@PathVariable long id, @RequestBody GridVisits.OpenCase body, Actor actor) {
		return visits.openCase(id, body, actor, clock.instant());
	}

	@PostMapping("/visits/{id}/cancel")
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	@Operation(summary = "取消走访计划")
	GridVisits.VisitView cancel(@PathVariable long id, Actor actor) {
		return visits.cancel(id, actor);
	}

	@PostMapping(value = "/visits/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('GRID_VISIT')")
	@Operation(summary = "上传走访照片（JPEG/PNG，重新编码后保存）")
	ResponseEntity<Uploaded> photo(@PathVariable long id, @RequestPart("file") MultipartFile file, Actor actor)
			throws IOException {
		Photos.Photo p = visits.attach(id, file.getOriginalFilename(), file.getBytes(), actor, clock.instant());
		return ResponseEntity.created(URI.create("/api/v1/photos/" + GridVisits.LOOP + "/" + id + "/" + p.id()))
			.body(new Uploaded(p.id()));
	}

	// --- coverage

	@GetMapping("/coverage")
	@PreAuthorize("hasAuthority('GRID_LEDGER_VIEW')")
	@Operation(summary = "走访覆盖率（按月，不填为上月）：parent 不填为各街道，街道为各社区，社区为各网格")
	GridCoverage.Report coverage(@RequestParam(required = false) String month,
			@RequestParam(required = false) String parent, Actor actor) {
		return coverage.report(month(month, access.today()), parent, actor);
	}

	static YearMonth month(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			// The last complete month, as coverage is reported; the current one is asked for by name.
			return YearMonth.from(today).minusMonths(1);
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw ApiProblem.badInput("month", "bad_month", "月份写法如 2026-11");
		}
	}

	private static <E extends Enum<E>> E kind(String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			String field = type == VisitState.class ? "state" : "kind";
			throw ApiProblem.badInput(field, "unknown_" + field, "没有这个类别：" + value.strip());
		}
	}

	private static <T> ResponseEntity<T> created(T body) {
		return ResponseEntity.status(201).body(body);
	}
}
