#!/usr/bin/env bash
# A walk through zhili's main flows over its REST API, as a newcomer would try them by hand:
#
#   1. sign in for bearer tokens (one per demo role)
#   2. 接诉即办: register a case, dispatch, accept, reply, review, follow-up call, close; the statistics
#   3. Open311 GeoReport v2: a request from a third-party app, read back by id and by token
#   4. 督查督办: read a plan document, publish it, assign a task, report progress, review it, 督办
#   5. 建议提案: register a deputy's suggestion, assign it, answer it, record the deputy's rating
#   6. 双随机、一公开: plan a task, commit a draw, draw, and verify it as anyone can, without signing in
#   7. 信访: register a petition, classify and route it, read it back (step 11)
#   8. 督查督办 again: a resolution in prose read into a draft, a proposal dropped by the reviewer (step 12)
#
# Usage:  ZHILI=http://localhost:8080 bash docs/walkthrough.sh
# Needs:  curl and jq (Debian/Ubuntu: apt-get install jq); a zhili started with demo data
#         (./mvnw spring-boot:run). The demo password is zhili.demo.password (default Zhili@2026); if you
#         started zhili with another one, pass it as ZHILI_PASSWORD.
#
# Every id is read from the answer before it, nothing is hard-coded; every answer is checked, and the script
# stops with the answer it did not expect. It creates new records each run, so it can run again and again
# against the same server. The test suite runs it (WalkthroughIT), so it cannot drift from the API.
set -euo pipefail

ZHILI=${ZHILI:-http://localhost:8080}
ZHILI=${ZHILI%/}
PASSWORD=${ZHILI_PASSWORD:-Zhili@2026}
RUN="wt-$(date +%s)-$$"                 # makes this run's Idempotency-Keys and numbers unique
TODAY=$(TZ=Asia/Shanghai date +%F)       # zhili counts in China time
MONTH=$(TZ=Asia/Shanghai date +%Y-%m)
YEAR=$(TZ=Asia/Shanghai date +%Y)
CHENGGUAN_UNIT=120104CGW                # 南开区城市管理委员会, the unit of the demo account "chengguan"

command -v jq >/dev/null 2>&1 || { echo "jq is needed: apt-get install jq" >&2; exit 2; }
command -v curl >/dev/null 2>&1 || { echo "curl is needed: apt-get install curl" >&2; exit 2; }

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# call METHOD PATH TOKEN EXPECTED-STATUS [curl arguments…]: prints the answer's body; stops the script with
# the answer when the status is not the expected one. TOKEN may be empty (public endpoints).
call() {
	local method=$1 path=$2 token=$3 expected=$4 out status
	shift 4
	out=$(mktemp)
	local auth=()
	[ -n "$token" ] && auth=(-H "Authorization: Bearer $token")
	status=$(curl -sS -o "$out" -w '%{http_code}' -X "$method" "${auth[@]}" "$@" "$ZHILI$path") \
		|| { rm -f "$out"; fail "$method $path: no answer from $ZHILI (is zhili running?)"; }
	if [ "$status" != "$expected" ]; then
		echo "FAILED: $method $path answered $status, expected $expected:" >&2
		cat "$out" >&2
		echo >&2
		rm -f "$out"
		exit 1
	fi
	cat "$out"
	rm -f "$out"
}

# json METHOD PATH TOKEN EXPECTED-STATUS BODY [curl arguments…]: call with a JSON body.
json() {
	local method=$1 path=$2 token=$3 expected=$4 body=$5
	shift 5
	call "$method" "$path" "$token" "$expected" -H 'Content-Type: application/json' --data-binary "$body" "$@"
}

# get ANSWER FILTER: the value jq finds, or stop when it finds nothing (null, false or no output).
get() {
	local value
	value=$(jq -er "$2" <<<"$1") || fail "no $2 in the answer: $1"
	printf '%s' "$value"
}

# expect ANSWER FILTER WHAT: stop unless the jq FILTER holds for the answer.
expect() {
	jq -e "$2" <<<"$1" >/dev/null || fail "expected $3 (jq: $2) in the answer: $1"
}

# token USER: a bearer token for a demo account (the three administrators would add "totp").
token() {
	local answer
	answer=$(json POST /api/v1/auth/token "" 200 "$(jq -n --arg u "$1" --arg p "$PASSWORD" '{username: $u, password: $p}')")
	get "$answer" .accessToken
}

step "1. Sign in: a bearer token per role ($ZHILI)"
OPERATOR=$(token operator)        # 话务员: registers calls, makes the follow-up call
DISPATCHER=$(token dispatcher)    # 派遣员: dispatches, reviews replies, closes
CHENGGUAN=$(token chengguan)      # 区城市管理委员会: handles the case, leads a plan task, answers a suggestion
SUPERVISOR=$(token supervisor)    # 督查室: plans and suggestions
LEADER=$(token leader)            # 区领导: statistics
SHICHANG=$(token shichang)        # 区市场监督管理局: plans and draws random inspections
ME=$(call GET /api/v1/auth/me "$OPERATOR" 200)
expect "$ME" '.username == "operator" and (.permissions | index("CASE_INTAKE"))' "the operator's account"
echo "operator signed in: roles $(get "$ME" '.roles | join(",")'), scope $(get "$ME" .scope.unitCode)"

step "2. 接诉即办: register a case"
CATEGORY=C010204                  # 城乡建设 › 城市建设和市政管理 › 城市公共设施
CASE=$(json POST /api/v1/cases "$OPERATOR" 201 "$(jq -n --arg c "$CATEGORY" '{
	type: "COMPLAINT", categoryCode: $c, urgency: "ORDINARY",
	description: "小区门口的路灯坏了一个月，晚上出行不安全，请尽快修复。",
	address: "华宁南里小区东门",
	location: {lng: 117.1462, lat: 39.1061, crs: "wgs84"},
	requester: {name: "张三", phone: "13800138000"}
}')" -H "Idempotency-Key: $RUN-case")
CASE_ID=$(get "$CASE" .id)
expect "$CASE" '.state.code == "REGISTERED"' "a registered case"
expect "$CASE" ".category.code == \"$CATEGORY\"" "the category that was sent"
expect "$CASE" '.requester.phone | test("\\*")' "the phone masked"
echo "case $CASE_ID, tracking number $(get "$CASE" .trackingNumber), in $(get "$CASE" .territory.street.name), category $(get "$CASE" .category.fullName)"

# A misspelt field is refused with a 400 that names it, rather than silently dropped.
WRONG=$(json POST /api/v1/cases "$OPERATOR" 400 '{"type":"COMPLAINT","category":"C010201","description":"路灯坏了"}')
expect "$WRONG" '.code == "unknown_field" and .field == "category"' "the unknown field named"
echo "a body with \"category\" (the field is categoryCode): $(get "$WRONG" .detail)"

step "3. Dispatch to 区城市管理委员会, accept, reply"
CASE=$(json POST "/api/v1/cases/$CASE_ID/actions/dispatch" "$DISPATCHER" 200 \
	"$(jq -n --arg u "$CHENGGUAN_UNIT" '{unitCode: $u, note: "请城管委处理路灯"}')")
expect "$CASE" '.state.code == "DISPATCHED"' "a dispatched case"
VERSION=$(get "$CASE" .version)
CASE=$(json POST "/api/v1/cases/$CASE_ID/actions/accept" "$CHENGGUAN" 200 "{\"version\": $VERSION}")
expect "$CASE" '.state.code == "HANDLING"' "a case being handled"
CASE=$(json POST "/api/v1/cases/$CASE_ID/actions/reply" "$CHENGGUAN" 200 \
	'{"result": "SOLVED", "note": "已更换路灯灯头，经现场核实照明恢复正常。"}')
expect "$CASE" '.state.code == "REPLIED"' "a replied case"
echo "lead unit $(get "$CASE" .leadUnit.name); state $(get "$CASE" .state.label)"

step "4. Review the reply, follow-up call, close"
CASE=$(json POST "/api/v1/cases/$CASE_ID/actions/review" "$DISPATCHER" 200 '{"approved": true}')
expect "$CASE" '.state.code == "CALLBACK"' "a case waiting for the follow-up call"
CASE=$(json POST "/api/v1/cases/$CASE_ID/actions/callback" "$OPERATOR" 200 \
	'{"reached": true, "solved": true, "satisfaction": "SATISFIED", "note": "市民表示路灯已亮"}')
expect "$CASE" '.state.code == "RATED"' "a rated case"
CASE=$(json POST "/api/v1/cases/$CASE_ID/actions/close" "$DISPATCHER" 200 '{}')
expect "$CASE" '.state.code == "CLOSED" and .state.terminal' "a closed case"
expect "$CASE" '(.timeline | length) >= 6' "a timeline with every step"
echo "closed; timeline: $(get "$CASE" '[.timeline[].action] | join(" → ")')"

step "5. Statistics: this month's 三率 of the departments"
STATS=$(call GET "/api/v1/stats/three-rates?level=DEPARTMENT&period=month&date=$TODAY" "$LEADER" 200)
ROW=$(jq -c --arg u "$CHENGGUAN_UNIT" '.rows[] | select(.unit.code == $u)' <<<"$STATS")
[ -n "$ROW" ] || fail "no row for $CHENGGUAN_UNIT in the statistics: $STATS"
expect "$ROW" '.counts.dispatched >= 1 and .counts.rated >= 1 and .counts.satisfied >= 1' "the case counted"
echo "区城市管理委员会 this month: $(get "$ROW" .counts.dispatched) cases dispatched, 响应率 $(get "$ROW" .rates.response)%," \
	"解决率 $(get "$ROW" .rates.resolution)%, 满意率 $(get "$ROW" .rates.satisfaction)%"
RANKING=$(call GET "/api/v1/stats/ranking?level=STREET&month=$MONTH" "$LEADER" 200)
expect "$RANKING" 'tostring | length > 2' "a ranking of the streets"
# Every count links to the cases behind it.
CASES_LINK=$(get "$ROW" .cases.satisfied)
echo "the satisfied cases behind the figure: $ZHILI$CASES_LINK"

step "6. Open311 GeoReport v2: a request from a third-party app"
OPEN311_KEY=${ZHILI_OPEN311_KEY:-zk_demo_open311_nankai_2026}   # zhili.demo.open311-api-key
DISCOVERY=$(call GET /open311/v2/discovery.json "" 200)
expect "$DISCOVERY" '.endpoints | length >= 1' "the discovery document"
SERVICE=$(call GET /open311/v2/services/C040203.json "" 200)
expect "$SERVICE" '.service_code == "C040203" and (.attributes | length) > 0' "the noise service's attributes"
REQUEST=$(call POST /open311/v2/requests.json "" 200 \
	--data-urlencode "api_key=$OPEN311_KEY" -d service_code=C040203 -d lat=39.1061 -d long=117.1462 \
	--data-urlencode "description=楼下工地夜间施工，噪音很大" \
	--data-urlencode 'attribute[NOISE_TIME]=NIGHT' --data-urlencode 'attribute[NOISE_SOURCE][]=CONSTRUCTION')
REQUEST_ID=$(get "$REQUEST" '.[0].service_request_id')
echo "service_request_id $REQUEST_ID: $(get "$REQUEST" '.[0].service_notice')"
READ=$(call GET "/open311/v2/requests/$REQUEST_ID.json?extensions=true" "" 200)
expect "$READ" ".[0].service_request_id == \"$REQUEST_ID\" and .[0].status == \"open\"" "the request read back"
OPEN311_TOKEN=$(get "$READ" '.[0].extended_attributes.token')
BY_TOKEN=$(call GET "/open311/v2/tokens/$OPEN311_TOKEN.json" "" 200)
expect "$BY_TOKEN" ".[0].service_request_id == \"$REQUEST_ID\"" "the token's request id"
echo "token $OPEN311_TOKEN → $(get "$BY_TOKEN" '.[0].service_request_id')"
LIST=$(call GET "/open311/v2/requests.json?status=open&service_code=C040203" "" 200)
expect "$LIST" "map(.service_request_id) | index(\"$REQUEST_ID\")" "the new request among the open ones"

step "7. 督查督办: read a plan document and publish it"
DOCUMENT="${YEAR}年城市管理工作要点

一、提升城市精细化管理水平
主要预期目标：背街小巷整治完成率达到95%，生活垃圾回收利用率达到40%以上。
1. 实施背街小巷整治。年内完成60条背街小巷提升改造。
2. 推进垃圾分类。新建垃圾分类驿站20个。
二、优化营商环境
1. 深化一网通办。政务服务事项网上可办率达到98%。"
DRAFT=$(json POST /api/v1/plans/ingest "$SUPERVISOR" 201 \
	"$(jq -n --arg name "$RUN.txt" --arg text "$DOCUMENT" '{name: $name, text: $text}')")
DRAFT_ID=$(get "$DRAFT" .id)
expect "$DRAFT" '(.tasks | length) >= 3 and (.targets | length) >= 2' "tasks and targets read from the text"
echo "draft $DRAFT_ID: $(get "$DRAFT" '.tasks | length') tasks, $(get "$DRAFT" '.targets | length') targets," \
	"e.g. $(get "$DRAFT" '.targets[0] | "\(.indicator) \(.comparator) \(.value)\(.unit)"')"
PUBLISHED=$(call POST "/api/v1/plans/drafts/$DRAFT_ID/publish" "$SUPERVISOR" 201)
PLAN_ID=$(get "$PUBLISHED" .id)
PLAN=$(call GET "/api/v1/plans/$PLAN_ID" "$SUPERVISOR" 200)
TASK=$(get "$PLAN" '[.sections[].tasks[] | select(.title | test("背街小巷"))][0]')
TASK_ID=$(get "$TASK" .id)
echo "plan $PLAN_ID published: $(get "$PLAN" '[.sections[].tasks[]] | length') tasks; task $TASK_ID $(get "$TASK" .title) is $(get "$TASK" .statusLabel)"

step "8. Assign the task, report progress, review the report, 督办"
json PUT "/api/v1/plans/tasks/$TASK_ID/assignment" "$SUPERVISOR" 200 \
	"$(jq -n --arg u "$CHENGGUAN_UNIT" --arg d "$YEAR-12-31" '{leadUnit: $u, leader: "分管城建副区长", deadline: $d, weight: 2}')" >/dev/null
REPORT=$(json POST "/api/v1/plans/tasks/$TASK_ID/reports" "$CHENGGUAN" 201 \
	"$(jq -n --arg p "$MONTH" '{percent: 40, text: "已完成24条背街小巷改造", period: $p, evidence: ["台账.xlsx"]}')")
REPORT_ID=$(get "$REPORT" .id)
json POST "/api/v1/plans/reports/$REPORT_ID/review" "$SUPERVISOR" 200 '{"accept": true}' >/dev/null
SUPERVISION=$(json POST "/api/v1/plans/tasks/$TASK_ID/supervisions" "$SUPERVISOR" 201 \
	'{"level": "YELLOW", "note": "进度滞后，请说明原因", "replyWorkingDays": 5}')
SUPERVISION_ID=$(get "$SUPERVISION" .id)
json POST "/api/v1/plans/supervisions/$SUPERVISION_ID/reply" "$CHENGGUAN" 200 '{"reply": "已增派施工队伍，月底前追上进度"}' >/dev/null
ORDER=$(call GET "/api/v1/supervisions/$SUPERVISION_ID" "$SUPERVISOR" 200)
expect "$ORDER" '.loop == "plan-task" and .state == "ANSWERED" and .levelLabel == "黄牌督办"' "the 督办 answered, as every loop's are"
TASK=$(call GET "/api/v1/plans/tasks/$TASK_ID" "$CHENGGUAN" 200)
expect "$TASK" ".task.leadUnit == \"$CHENGGUAN_UNIT\" and .task.progress == 40" "the task led by the unit, at 40 %"
expect "$TASK" '.reports[0].review == "ACCEPTED" and (.supervisions | length) == 1' "the accepted report and the 督办"
echo "task $TASK_ID: $(get "$TASK" .task.progress) %, $(get "$TASK" .task.statusLabel); timeline: $(get "$TASK" '.timeline | length') entries"

step "9. 建议提案: a deputy's suggestion, assigned, answered, rated"
SUGGESTION=$(json POST /api/v1/suggestions "$SUPERVISOR" 201 "$(jq -n --arg n "$RUN" --arg d "$TODAY" '{
	kind: "DEPUTY", number: $n, title: "关于增设社区路灯的建议", content: "部分老旧小区夜间照明不足，建议增设路灯。",
	submitters: "王代表", session: "区十八届人大五次会议", registeredAt: $d}')")
SUGGESTION_ID=$(get "$SUGGESTION" .id)
json POST "/api/v1/suggestions/$SUGGESTION_ID/assign" "$SUPERVISOR" 200 \
	"$(jq -n --arg u "$CHENGGUAN_UNIT" '{leadUnit: $u}')" >/dev/null
json POST "/api/v1/suggestions/$SUGGESTION_ID/reply" "$CHENGGUAN" 200 \
	'{"reply": "已列入年度计划，年内增设路灯120盏。", "grade": "B", "met": true}' >/dev/null
json POST "/api/v1/suggestions/$SUGGESTION_ID/feedback" "$SUPERVISOR" 200 '{"satisfaction": "SATISFIED"}' >/dev/null
RATES=$(call GET "/api/v1/suggestions/rates?year=$YEAR" "$SUPERVISOR" 200)
echo "suggestion $SUGGESTION_ID answered and rated; this year's rates: $(jq -c . <<<"$RATES")"

step "10. 双随机、一公开: plan a task, commit a draw, draw it, verify it in public"
SCJ=$(get "$(call GET /api/v1/auth/me "$SHICHANG" 200)" .scope.unitCode)
MATTER_ID=$(get "$(call GET "/api/v1/inspection/matters?department=$SCJ" "$SHICHANG" 200)" '.[0].id')
INSPECTION_PLAN=$(json POST /api/v1/inspection/plans "$SHICHANG" 201 \
	"$(jq -n --argjson y "$YEAR" --arg n "走查计划 $RUN" '{year: $y, name: $n}')")
INSPECTION_TASK=$(json POST "/api/v1/inspection/plans/$(get "$INSPECTION_PLAN" .id)/tasks" "$SHICHANG" 201 \
	"$(jq -n --argjson m "$MATTER_ID" --arg s "$YEAR-01-01" --arg e "$YEAR-12-31" '{name: "餐饮服务单位抽查",
	matterIds: [$m], industries: ["餐饮"], ratios: {A: 3, B: 5, C: 10, D: 100}, inspectorsPerSubject: 2,
	periodStart: $s, periodEnd: $e}')")
INSPECTION_TASK_ID=$(get "$INSPECTION_TASK" .id)
COMMITTED=$(call POST "/api/v1/inspection/tasks/$INSPECTION_TASK_ID/draws" "$SHICHANG" 200)
DRAW_ID=$(get "$COMMITTED" .id)
expect "$COMMITTED" '.state == "COMMITTED" and .seed == null and (.commitment | length) == 64' "the seed's hash published, the seed still secret"
DRAWN=$(call POST "/api/v1/inspection/draws/$DRAW_ID/draw" "$SHICHANG" 200)
expect "$DRAWN" '.state == "DRAWN" and (.seed | length) == 64 and (.picks | length) > 0' "the seed revealed and the subjects drawn"
echo "draw $DRAW_ID: $(get "$DRAWN" '.picks | length') subjects drawn, commitment $(get "$DRAWN" .commitment | cut -c1-16)…"
VERIFIED=$(call GET "/api/v1/public/inspection/draws/$DRAW_ID/verify" "" 200)
expect "$VERIFIED" '.matches == true' "anyone re-runs the published algorithm and gets the same draw"
echo "verified without signing in: matches=$(get "$VERIFIED" .matches)"

step "11. 信访: register a petition, classify and route it, read it back"
XINFANG=$(token xinfang)          # 区信访办: registers and routes petitions
PETITION=$(json POST /api/v1/petitions "$XINFANG" 201 "$(jq -n --arg t "小区楼道堆物无人清理 $RUN" '{
	channel: "LETTER", title: $t, content: "楼道长期堆放杂物，多次向物业反映未果，请求处理。",
	petitionerName: "李四", petitionerPhone: "13900139000", streetCode: "120104001000"}')")
PETITION_ID=$(get "$PETITION" .id)
expect "$PETITION" '.state == "REGISTERED" and (.trackingNumber | test("^XF[0-9]{13}$"))' "a registered petition with its XF number"
ROUTED=$(json POST "/api/v1/petitions/$PETITION_ID/route" "$XINFANG" 200 '{"kind": "CLAIM"}')
expect "$ROUTED" '.state == "HANDLING" and .unitCode == "120104001000" and (.answer | test("交办"))' "routed to its street, the petitioner told where and why"
BACK=$(call GET "/api/v1/petitions/$PETITION_ID" "$XINFANG" 200)
expect "$BACK" '.due != null and (.timeline | length) >= 2' "read back with its 60-day clock and its timeline"
echo "petition $(get "$BACK" .trackingNumber): $(get "$BACK" .stateLabel), $(get "$BACK" .unitName), due $(get "$BACK" .due)"

step "12. 督查督办: a resolution in continuous prose becomes a draft; the reviewer drops one proposal"
RESOLUTION="区人民代表大会关于${YEAR}年政府工作报告的决议

会议认为，过去一年全区经济社会发展取得新成效。会议要求，区人民政府要坚持以人民为中心，年内建成社区食堂11个、新增公共充电桩1200个，力争新增城镇就业1.5万人，城镇登记失业率控制在4%以内。区教育局要新增中小学学位2000个，区卫健委要推进家庭医生签约服务。"
PROSE=$(json POST /api/v1/plans/ingest "$SUPERVISOR" 201 \
	"$(jq -n --arg name "$RUN-决议.txt" --arg text "$RESOLUTION" '{name: $name, text: $text}')")
PROSE_ID=$(get "$PROSE" .id)
expect "$PROSE" '(.notes | length) >= 1 and ([.items[] | select(.value == 1200 and .unit == "个")] | length) == 1' \
	"no outline, yet each figure of the prose proposed with its unit, and the draft says how it was read"
echo "draft $PROSE_ID read as $(get "$PROSE" .form): $(get "$PROSE" '.items | length') proposals; $(get "$PROSE" '.notes[0]')"
FIRST_ITEM=$(get "$PROSE" '.items[0].key')
DROPPED=$(json PUT "/api/v1/plans/drafts/$PROSE_ID/items/$FIRST_ITEM" "$SUPERVISOR" 200 '{"decision": "DROPPED"}')
expect "$DROPPED" '.decision == "DROPPED"' "the reviewer's decision kept beside the proposal"
FEEDBACK=$(call GET /api/v1/plans/ingestion/feedback "$SUPERVISOR" 200)
expect "$FEEDBACK" 'map(.reviewed) | add >= 1' "the reader's acceptance counted per form"

step "13. 数字城管: a 监督员 reports a damaged litter bin by its identifier; registered, dispatched to its unit, checked, closed"
JIANDU=$(token jianduyuan)        # 监督员 patrolling 长虹街道
CHIEF=$(token zhibanzhang)        # 值班长 of the 监督中心
PAIQIAN=$(token chengguanpq)      # 派遣员 of the 指挥中心
BIN=$(call GET "/api/v1/urban/components?class=0303&area=120104001000&state=INTACT&size=1" "$JIANDU" 200)
BIN_ID=$(get "$BIN" '.items[0].id')
expect "$BIN" '.items[0].id | test("^[0-9]{16}$")' "a 垃圾箱 of 长虹街 with its 16-digit identifier"
NEAR=$(call GET "/api/v1/urban/components/near?lng=$(get "$BIN" '.items[0].lng')&lat=$(get "$BIN" '.items[0].lat')&metres=20&class=0303" "$JIANDU" 200)
expect "$NEAR" "[.components[].id] | index(\"$BIN_ID\") != null" "standing beside it, the lookup offers it among the components within 20 m"
PHOTO=iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGPwWR+AFTEMLQkAVKhSwYIojREAAAAASUVORK5CYII=
URBAN=$(json POST /api/v1/urban/cases "$JIANDU" 201 "$(jq -n --arg c "$BIN_ID" --arg p "$PHOTO" --arg d "垃圾箱箱体破损，桶盖缺失 $RUN" \
	'{kind: "COMPONENT", classCode: "0303", componentId: $c, description: $d, photo: {name: "bin.png", data: $p}}')")
URBAN_ID=$(get "$URBAN" .id)
json POST "/api/v1/urban/cases/$URBAN_ID/register" "$CHIEF" 200 '{}' >/dev/null
DISPATCHED=$(json POST "/api/v1/urban/cases/$URBAN_ID/dispatch" "$PAIQIAN" 200 '{}')
expect "$DISPATCHED" '.handler.code | endswith("CGW")' "dispatched to the unit that manages the component (区城管委)"
json POST "/api/v1/urban/cases/$URBAN_ID/feedback" "$CHENGGUAN" 200 \
	"$(jq -n --arg p "$PHOTO" '{note: "已更换新垃圾箱", photo: {name: "fixed.png", data: $p}}')" >/dev/null
json POST "/api/v1/urban/cases/$URBAN_ID/check" "$JIANDU" 200 \
	"$(jq -n --arg p "$PHOTO" '{passed: true, photo: {name: "checked.png", data: $p}}')" >/dev/null
CLOSED=$(json POST "/api/v1/urban/cases/$URBAN_ID/close" "$CHIEF" 200 '{}')
expect "$CLOSED" '.state == "CLOSED" and ([.stages[] | select(.at != null)] | length) >= 6' "closed, each stage with its instant"
echo "urban case $(get "$CLOSED" .reference): $(get "$CLOSED" .stateLabel), component $BIN_ID, $(get "$CLOSED" '.timeline | length') timeline entries"
EVALUATION=$(call GET /api/v1/urban/evaluation "$CHIEF" 200)
expect "$EVALUATION" '(.sentences | length) >= 1 and (.tables | length) >= 3' "last month's 综合评价 reads like a published one"
echo "$(get "$EVALUATION" '.sentences[0]')"

step "14. 城市大脑: a leader chooses 每月一题 from the hot categories; its effect is measured; last month's lagging units"
HOT=$(call GET "/api/v1/topics/candidates?months=3&limit=5" "$LEADER" 200)
expect "$HOT" 'length == 5 and .[0].received >= .[1].received' "the hot categories, most cases first"
HOT_CODE=$(get "$HOT" '.[0].code')
START=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) -2 month" +%Y-%m)   # months are Beijing months
TOPIC=$(json POST /api/v1/topics "$LEADER" 201 "$(jq -n --arg c "$HOT_CODE" --arg s "$START" --arg u "$CHENGGUAN_UNIT" --arg t "每月一题 $RUN" \
	'{title: $t, problem: "近三个月诉求量居首", categories: [$c], leadUnits: [$u], actions: "牵头单位每周巡查，街道落实", start: $s, baselineMonths: 3}')")
expect "$TOPIC" '(.effect.topic | length) == 5 and (.effect.measures | map(.name) | index("解决率")) != null' \
	"three baseline months and two since, with 解决率 before and after"
echo "topic $(get "$TOPIC" .topic.id) on $(get "$TOPIC" '.categories[0].name'): $(get "$TOPIC" .effect.summary)"
PUBLIC_TOPICS=$(call GET /api/v1/public/topics "" 200)
expect "$PUBLIC_TOPICS" "map(.title) | index(\"每月一题 $RUN\") != null" "the topic on the portal, without signing in"
LAGGING=$(call GET /api/v1/lagging "$LEADER" 200)
expect "$LAGGING" '(.streets | length) >= 1 and .streets[0].rank == .streets[0].of' "last month's weakest street first"
echo "lagging in $(get "$LAGGING" .month): $(get "$LAGGING" '[.streets[].name] | join("、")')"

step "Done: every step answered as expected."
