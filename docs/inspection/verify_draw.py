#!/usr/bin/env python3
"""核验“双随机、一公开”抽取记录（算法 zhili-draw/1）。

用法：
    python3 verify_draw.py record.json
    python3 verify_draw.py https://…/api/v1/public/inspection/draws/7/record

只用 Python 3 标准库。程序检查：
  1. 公布的种子的 SHA-256 是否等于抽取前公布的承诺值（commitment）；
  2. 输入数据的规范 JSON 的 SHA-256 是否等于抽取前公布的哈希值（inputsHash）；
  3. 用种子和输入数据重新抽取，结果是否与公布的完全相同。
一致时退出码为 0，不一致为 1，记录无法读取或格式有误为 2。
算法与规范 JSON 的说明见 docs/guide/inspection-draw.md。
"""

import datetime
import hashlib
import json
import re
import sys
import urllib.request

ALGORITHM = "zhili-draw/1"
CLASSES = ["A", "B", "C", "D"]
CLASS_LABELS = {"A": "A类（低风险）", "B": "B类（一般风险）", "C": "C类（较高风险）", "D": "D类（高风险）"}
REASON_LABELS = {"LICENCE": "执法证过期", "CONFLICT": "申报回避", "LAST_TIME": "上次检查过该对象"}
LIMIT = 50  # 超过这么多处不符时只计数


class RecordError(Exception):
    """记录无法读取或格式有误。"""


# ---------------------------------------------------------------- 规范 JSON

_ESCAPE = re.compile(r'[\x00-\x1f"\\]')
_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _escape(match):
    ch = match.group(0)
    return _SHORT.get(ch) or "\\u%04X" % ord(ch)


def canonical(value):
    """与 Java 端逐字节相同的 JSON：键按 Unicode 码点排序，无空白，只有整数，字符串只转义 " \\ 和控制字符。"""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if not -(1 << 63) <= value < (1 << 63):
            raise RecordError("整数超出 64 位范围：%d" % value)
        return str(value)
    if isinstance(value, str):
        return '"' + _ESCAPE.sub(_escape, value) + '"'
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(canonical(k) + ":" + canonical(value[k]) for k in sorted(value)) + "}"
    raise RecordError("规范 JSON 只允许整数、字符串、数组、对象和 null，不允许 %r" % (value,))


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def _no_duplicates(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise RecordError("JSON 中键 %s 重复" % key)
        result[key] = value
    return result


def load_record(source):
    try:
        if re.match(r"^https?://", source):
            request = urllib.request.Request(source, headers={"Accept": "application/json"})
            with urllib.request.urlopen(request, timeout=60) as response:
                raw = response.read()
        else:
            with open(source, "rb") as f:
                raw = f.read()
    except (OSError, ValueError) as e:
        raise RecordError("无法读取记录 %s：%s" % (source, e))
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError) as e:
        raise RecordError("记录不是有效的 UTF-8 JSON：%s" % e)


# ---------------------------------------------------------------- 随机数流

class RandomStream:
    """第 i 块 = SHA-256(种子 ‖ i 的 8 字节大端序)，每块依次给出 4 个大端序无符号 64 位整数。"""

    def __init__(self, seed):
        self.seed = seed
        self.counter = 0
        self.block = b""
        self.position = 0

    def next(self):
        if self.position == len(self.block):
            self.block = hashlib.sha256(self.seed + self.counter.to_bytes(8, "big")).digest()
            self.counter += 1
            self.position = 0
        value = int.from_bytes(self.block[self.position:self.position + 8], "big")
        self.position += 8
        return value

    def uniform(self, n):
        """[0, n) 内的均匀整数：小于 2^64 mod n 的数舍弃重取，其余取模，没有取模偏差。"""
        reject_below = (1 << 64) % n
        while True:
            x = self.next()
            if x >= reject_below:
                return x % n


class Fenwick:
    """权重的树状数组：找出累计权重区间包含 r 的位置。"""

    def __init__(self, weights):
        self.size = len(weights)
        self.tree = [0] * (self.size + 1)
        self.total = 0
        for i, w in enumerate(weights, 1):
            self.tree[i] += w
            self.total += w
            parent = i + (i & -i)
            if parent <= self.size:
                self.tree[parent] += self.tree[i]
        self.step = 1 << (self.size.bit_length() - 1) if self.size else 0

    def add(self, position, delta):
        self.total += delta
        i = position + 1
        while i <= self.size:
            self.tree[i] += delta
            i += i & -i

    def find(self, r):
        position, step = 0, self.step
        while step:
            nxt = position + step
            if nxt <= self.size and self.tree[nxt] <= r:
                position = nxt
                r -= self.tree[nxt]
            step >>= 1
        return position


# ---------------------------------------------------------------- 输入数据

def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_inputs(inputs):
    """与 Java 端相同的约束；不满足时记录不可能由本系统生成。"""
    def require(condition, text):
        if not condition:
            raise RecordError("输入数据格式有误：" + text)

    require(isinstance(inputs, dict), "inputs 应为对象")
    for key in ("algorithm", "day", "subjects", "ratios", "seats", "inspectors", "lastInspectors"):
        require(key in inputs, "缺少字段 " + key)
    try:
        datetime.date.fromisoformat(inputs["day"])
    except (TypeError, ValueError):
        require(False, "day 应为 yyyy-MM-dd 格式的日期")
    subjects = inputs["subjects"]
    require(isinstance(subjects, list), "subjects 应为数组")
    for s in subjects:
        require(isinstance(s, dict) and _is_int(s.get("subjectId")), "对象缺少编号")
        require(isinstance(s.get("creditCode"), str) and s["creditCode"].strip(), "对象缺少统一社会信用代码")
        require(s.get("creditClass") in CLASSES, "对象的信用风险分类无效")
        require(_is_int(s.get("weight")) and s["weight"] >= 1, "对象的权重必须为正整数")
    require(len({s["subjectId"] for s in subjects}) == len(subjects), "对象编号重复")
    require(isinstance(inputs["ratios"], dict) and all(k in CLASSES for k in inputs["ratios"]), "抽查比例无效")
    seats = inputs["seats"]
    require(isinstance(seats, dict) and all(_is_int(n) and n >= 1 for n in seats.values()), "每个部门至少派 1 名")
    require(sum(seats.values()) >= 2, "每个对象至少需要 2 名检查人员")
    inspectors = inputs["inspectors"]
    require(isinstance(inspectors, list), "inspectors 应为数组")
    for i in inspectors:
        require(isinstance(i, dict) and _is_int(i.get("inspectorId")), "检查人员缺少编号")
        require(isinstance(i.get("departmentCode"), str), "检查人员缺少所属部门")
        require(isinstance(i.get("conflictCreditCodes"), list)
                and all(isinstance(c, str) for c in i["conflictCreditCodes"]), "回避申报应为字符串数组")
        try:
            datetime.date.fromisoformat(i.get("licenceExpires"))
        except (TypeError, ValueError):
            require(False, "执法证有效期应为 yyyy-MM-dd 格式的日期")
    require(len({i["inspectorId"] for i in inspectors}) == len(inspectors), "检查人员编号重复")
    last = inputs["lastInspectors"]
    require(isinstance(last, dict), "lastInspectors 应为对象")
    for key, ids in last.items():
        require(re.fullmatch(r"-?[0-9]+", key) is not None, "lastInspectors 的键应为对象编号")
        require(isinstance(ids, list) and all(_is_int(i) for i in ids), "上次检查人员应为整数数组")


# ---------------------------------------------------------------- 抽取算法

def quota(population, ratio):
    """⌈总数 × 比例 / 100⌉，不超过总数；比例是十进制字符串，全程整数运算。"""
    if ratio is None:
        return 0
    if not isinstance(ratio, str) or not re.fullmatch(r"[0-9]+(\.[0-9]+)?", ratio):
        raise RecordError("抽查比例应写作十进制数字符串：%r" % (ratio,))
    whole, _, fraction = ratio.partition(".")
    numerator = population * int(whole + fraction)
    denominator = 100 * 10 ** len(fraction)
    return min(-(-numerator // denominator), population)


def draw(seed, inputs):
    stream = RandomStream(seed)
    subjects = sorted(inputs["subjects"], key=lambda s: s["subjectId"])
    ratios = inputs["ratios"]

    # 第一个随机：按信用分类 A、B、C、D 抽取对象，分类内按对象编号排列，按权重不放回抽取。
    drawn, counts = [], {}
    for c in CLASSES:
        population = [s for s in subjects if s["creditClass"] == c]
        n = quota(len(population), ratios.get(c))
        weights = [s["weight"] for s in population]
        pool = Fenwick(weights)
        for _ in range(n):
            i = pool.find(stream.uniform(pool.total))
            pool.add(i, -weights[i])
            drawn.append(population[i])
        counts[c] = {"population": len(population), "drawn": n}

    # 第二个随机：按抽中顺序、按部门代码顺序为每个对象选派检查人员。
    day = datetime.date.fromisoformat(inputs["day"])
    seats = inputs["seats"]
    departments = sorted(seats)
    licensed = {d: [] for d in departments}
    expired = {d: [] for d in departments}
    department_of, conflicts = {}, {}
    for inspector in sorted(inputs["inspectors"], key=lambda i: i["inspectorId"]):
        d, iid = inspector["departmentCode"], inspector["inspectorId"]
        if d not in seats:
            continue
        department_of[iid] = d
        valid = datetime.date.fromisoformat(inspector["licenceExpires"]) >= day
        (licensed if valid else expired)[d].append(iid)
        for code in inspector["conflictCreditCodes"]:
            conflicts.setdefault(code, []).append(iid)
    last = {int(k): v for k, v in inputs["lastInspectors"].items()}
    load = {iid: 0 for d in departments for iid in licensed[d]}

    picks, withdrawals, unstaffed = [], [], []
    for subject in drawn:
        sid = subject["subjectId"]
        seated, staffed = [], True
        for d in departments:
            withdrawn = {iid: "LICENCE" for iid in expired[d]}
            for iid in conflicts.get(subject["creditCode"], []):
                if department_of.get(iid) == d:
                    withdrawn.setdefault(iid, "CONFLICT")
            for iid in last.get(sid, []):
                if department_of.get(iid) == d:
                    withdrawn.setdefault(iid, "LAST_TIME")
            for iid in sorted(withdrawn):
                withdrawals.append({"subjectId": sid, "inspectorId": iid, "reason": withdrawn[iid]})
            taken = set()
            for _ in range(seats[d]):
                eligible = [i for i in licensed[d] if i not in withdrawn and i not in taken]
                if not eligible:
                    staffed = False
                    break
                lowest = min(load[i] for i in eligible)
                ties = [i for i in eligible if load[i] == lowest]  # 按编号排列
                chosen = ties[stream.uniform(len(ties))]
                load[chosen] += 1
                taken.add(chosen)
                seated.append(chosen)
        picks.append({"order": len(picks) + 1, "subjectId": sid, "creditClass": subject["creditClass"],
                      "weight": subject["weight"], "inspectorIds": seated})
        if not staffed:
            unstaffed.append(sid)
    return {"picks": picks, "withdrawals": withdrawals, "unstaffed": unstaffed, "counts": counts}


# ---------------------------------------------------------------- 比对

class Differences:
    def __init__(self, inputs):
        self.codes = {s["subjectId"]: s["creditCode"] for s in inputs["subjects"]}
        self.items = []
        self.unlisted = 0

    def add(self, text):
        if len(self.items) < LIMIT:
            self.items.append(text)
        else:
            self.unlisted += 1

    def subject(self, sid):
        return self.codes.get(sid) or "编号 %s 的对象（不在输入名单中）" % sid

    def subjects(self, ids):
        return "、".join(self.subject(i) for i in ids) if ids else "（无）"

    def result(self):
        return self.items + (["……另有 %d 处不符" % self.unlisted] if self.unlisted else [])


def _ids(ids):
    return "、".join(str(i) for i in ids) if ids else "（无）"


def compare(expected, published, diff):
    for c in CLASSES:
        e, p = expected["counts"][c], published["counts"].get(c)
        if p is None:
            diff.add("公布的结果缺少%s的数量" % CLASS_LABELS[c])
        elif e["population"] != p.get("population"):
            diff.add("%s对象总数应为 %d，而公布的是 %s" % (CLASS_LABELS[c], e["population"], p.get("population")))
        elif e["drawn"] != p.get("drawn"):
            diff.add("%s应抽取 %d 个，而公布的是 %s 个" % (CLASS_LABELS[c], e["drawn"], p.get("drawn")))

    ep, pp = expected["picks"], published["picks"]
    if len(ep) != len(pp):
        diff.add("应抽中 %d 个对象，而公布的是 %d 个" % (len(ep), len(pp)))
    for i in range(max(len(ep), len(pp))):
        n = i + 1
        if i >= len(pp):
            diff.add("第%d个抽中对象应为 %s，而公布的结果中没有" % (n, diff.subject(ep[i]["subjectId"])))
        elif i >= len(ep):
            diff.add("公布的第%d个抽中对象 %s 不应存在" % (n, diff.subject(pp[i].get("subjectId"))))
        elif ep[i]["subjectId"] != pp[i].get("subjectId"):
            diff.add("第%d个抽中对象应为 %s，而公布的是 %s"
                     % (n, diff.subject(ep[i]["subjectId"]), diff.subject(pp[i].get("subjectId"))))
        elif ep[i]["inspectorIds"] != pp[i].get("inspectorIds"):
            diff.add("第%d个抽中对象（%s）的检查人员应为 %s，而公布的是 %s"
                     % (n, diff.subject(ep[i]["subjectId"]), _ids(ep[i]["inspectorIds"]),
                        _ids(pp[i].get("inspectorIds") or [])))
        elif ep[i] != pp[i]:
            diff.add("第%d个抽中对象（%s）的序号、信用分类或权重与算法结果不符" % (n, diff.subject(ep[i]["subjectId"])))

    ew, pw = expected["withdrawals"], published["withdrawals"]
    if ew != pw:
        key = lambda w: (w.get("subjectId"), w.get("inspectorId"), w.get("reason"))
        missing = [key(w) for w in ew]
        extra = [key(w) for w in pw]
        for k in [key(w) for w in pw]:
            if k in missing:
                missing.remove(k)
        for k in [key(w) for w in ew]:
            if k in extra:
                extra.remove(k)
        if not missing and not extra:
            diff.add("回避记录的内容相符，但顺序与算法不符")
        for sid, iid, reason in missing:
            diff.add("应有回避记录：检查人员 %s 回避对象 %s（%s），而公布的结果中没有"
                     % (iid, diff.subject(sid), REASON_LABELS.get(reason, reason)))
        for sid, iid, reason in extra:
            diff.add("公布的回避记录不应存在：检查人员 %s 回避对象 %s（%s）"
                     % (iid, diff.subject(sid), REASON_LABELS.get(reason, reason)))

    if expected["unstaffed"] != published["unstaffed"]:
        diff.add("人员不足的对象应为 %s，而公布的是 %s"
                 % (diff.subjects(expected["unstaffed"]), diff.subjects(published["unstaffed"])))


# ---------------------------------------------------------------- 核验

def verify(record):
    """返回（不一致之处的列表, 重新抽取的结果或 None）。"""
    if not isinstance(record, dict):
        raise RecordError("记录应为 JSON 对象")
    try:
        seed_hex, inputs, published = record["seed"], record["inputs"], record["outcome"]
        commitment, inputs_hash = record["commitment"], record["inputsHash"]
    except (KeyError, TypeError) as e:
        raise RecordError("记录中缺少字段 %s" % e)
    if not isinstance(inputs, dict) or not isinstance(published, dict):
        raise RecordError("inputs 和 outcome 应为对象")
    differences = []
    if not isinstance(seed_hex, str) or not re.fullmatch(r"(?:[0-9a-fA-F]{2})+", seed_hex):
        return ["公布的种子不是有效的十六进制字符串"], None
    seed = bytes.fromhex(seed_hex)
    if sha256_hex(seed) != str(commitment).lower():
        differences.append("种子的哈希值与事先公布的承诺不符")
    try:
        inputs_bytes = canonical(inputs).encode("utf-8")
    except UnicodeEncodeError:
        raise RecordError("输入数据中有无效的 Unicode 字符")
    if sha256_hex(inputs_bytes) != str(inputs_hash).lower():
        differences.append("输入数据的哈希值与事先公布的不符")
    if inputs.get("algorithm") != ALGORITHM:
        differences.append("不支持的抽取算法版本：%s（本程序实现 %s）" % (inputs.get("algorithm"), ALGORITHM))
        return differences, None
    try:
        check_inputs(inputs)
    except RecordError as e:
        if differences:  # altered after the commitment, and malformed too
            return differences + [str(e)], None
        raise
    try:
        expected = draw(seed, inputs)
        diff = Differences(inputs)
        compare(expected, published, diff)
    except (KeyError, TypeError, AttributeError, ValueError, ArithmeticError) as e:
        raise RecordError("记录格式有误：%r" % (e,))
    return differences + diff.result(), expected


def main(argv):
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    if len(argv) != 2:
        print("用法：python3 verify_draw.py 记录文件或网址", file=sys.stderr)
        return 2
    try:
        record = load_record(argv[1])
        differences, expected = verify(record)
    except RecordError as e:
        print("无法核验：%s" % e)
        return 2
    inputs = record["inputs"]
    print("抽取记录核验（算法 %s）" % inputs.get("algorithm"))
    print("检查日期：%s" % inputs.get("day"))
    print("种子：%s" % record["seed"])
    if expected is not None:
        for c in CLASSES:
            count = expected["counts"][c]
            print("%s：共 %d 个，抽取 %d 个" % (CLASS_LABELS[c], count["population"], count["drawn"]))
        print("抽中对象 %d 个，回避 %d 人次，人员不足 %d 个"
              % (len(expected["picks"]), len(expected["withdrawals"]), len(expected["unstaffed"])))
    if not differences:
        print("结论：一致。种子与承诺相符，输入数据与哈希值相符，重新抽取的结果与公布的完全相同。")
        return 0
    print("结论：不一致：")
    for i, text in enumerate(differences, 1):
        print("  %d. %s" % (i, text))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
