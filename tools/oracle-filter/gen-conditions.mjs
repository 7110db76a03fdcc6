// Prints condition cases (JSONL {filter, data, acc}): every operator x operand x value, plus
// structures (nesting, _and/_or, functions, malformed filters). usage: node gen-conditions.mjs > cases.jsonl
const ops = ["_eq","_neq","_lt","_lte","_gt","_gte","_in","_nin","_null","_nnull","_contains","_ncontains","_icontains","_starts_with","_nstarts_with","_istarts_with","_nistarts_with","_ends_with","_nends_with","_iends_with","_niends_with","_between","_nbetween","_empty","_nempty","_regex","_submitted","_some","_none","_foo","_intersects"];
const operands = [5,"5"," 5 ","5.0",0,-1,1.5,"1.5","",null,true,false,"true","abc","a,b","Hello","he","lo","ELL","2024-01-01","2024-06-01T12:00:00","2024-06-01T12:00:00Z","now","$NOW","$NOW(-1 day)","$NOW(+2 months)","$NOW(1.5 weeks)","$NOW(-3 h)","$NOW(bad)","$CURRENT_USER","$CURRENT_ROLE","$CURRENT_ROLES","$CURRENT_POLICIES",[1,2],["a","b"],[1],[],[[1,2]],["2024-01-01","2024-12-31"],[10,1],{"x":1},{"a":1,"b":2},"/^h/","^H","(","x|y","@date:2024-01-01T00:00:00.000Z",1720000000000,"1e3","0x10","Infinity",9007199254740993,"a/b.c","Ü"];
const values = [5,"5",4,"4",6,"6",0,-1,1.5,"1.5","",null,true,false,"true","abc","a","b","Hello","hello","HELLO\n","he",[1,2],["xa","b"],["a"],[],[""],{"x":1},"2024-06-01","2023-06-01","2024-06-01T00:00:00Z",1720000000000,"1720000000000"," 6 ","6.","0x10","1e400","@date:2024-03-01T00:00:00.000Z","u1","r1","ü","a/b.c","x\ny",9007199254740993,"MISSING"];
const acc = { user: "u1", role: "r1", roles: ["r1", "r2"] };
const out = [];
for (const op of ops) for (const x of operands) for (const v of values) {
  const data = v === "MISSING" ? {} : { f: v };
  out.push({ filter: { f: { [op]: x } }, data, acc });
}
// structures
const structs = [
  [{ "$trigger": { payload: { status: { _eq: "published" } } } }, [{ "$trigger": { payload: { status: "draft" } } }, { "$trigger": { payload: null } }, { "$trigger": { payload: [] } }, { "$trigger": "x" }, {}, { "$trigger": { payload: { status: "published" } } }]],
  [{ status: "published" }, [{ status: "published" }, { status: "x" }, {}]],
  [{ n: { _gt: 1, _lt: 10 } }, [{ n: 5 }, { n: 20 }, { n: 0 }, { n: "x" }]],
  [{ a: { _eq: 1 }, b: { _eq: 2 } }, [{ a: 1, b: 2 }, { a: 0, b: 0 }, {}]],
  [{ _or: [{ a: { _eq: 1 } }, { b: { _eq: 2 } }] }, [{ a: 0, b: 2 }, { a: 0, b: 0 }, {}]],
  [{ _and: [{ a: { _eq: 1 } }, { _or: [{ b: { _null: true } }, { c: { _gt: 3 } }] }] }, [{ a: 1, b: null }, { a: 2, c: 1 }, { a: 1, b: 1, c: 4 }]],
  [{ x: { _or: [{ y: { _eq: 1 } }, { z: { _eq: 2 } }] } }, [{ x: { y: 1 } }, { x: { z: 3 } }, { x: null }]],
  [{ x: { _and: [{ _gt: 1 }, { _lt: 5 }] } }, [{ x: 3 }, { x: 9 }]],
  [{}, [{}]], [[], [{}]], [[{ a: 1 }], [{ "0": { a: 1 } }]], ["text", [{}]], ["{\"a\":1}", [{}]], ["", [{}]], [0, [{}]], [5, [{ _eq: 1 }, {}]], [true, [{}]], [false, [{}]], [null, [{}]],
  [{ a: {} }, [{ a: 1 }, {}, { a: null }]], [{ a: null }, [{}]], [{ _and: {} }, [{}]], [{ _and: null }, [{}]], [{ _or: [] }, [{}]], [{ _and: [] }, [{}]], [{ _and: [null] }, [{}]], [{ _and: [{}] }, [{}]], [{ _and: ["x"] }, [{}]], [{ _or: [0] }, [{}]],
  [{ "year(d)": { _eq: 2024 } }, [{ d: "2024-03-04T10:00:00Z" }, { d: "2023-12-31T23:30:00-02:00" }, { d: "bad" }, { d: 5 }, {}, { d: null }]],
  [{ "month(d)": { _eq: 3 } }, [{ d: "2024-03-04" }, { d: "20240304" }, { d: "2024-W10-2" }, { d: "2024-064" }]],
  [{ "week(d)": { _gte: 10 } }, [{ d: "2024-03-04" }, { d: "2024-01-01" }, { d: "2023-12-31" }]],
  [{ "weekday(d)": { _eq: 1 } }, [{ d: "2024-03-04" }, { d: "2024-03-04T23:30:00-05:00" }]],
  [{ "day(d)": { _eq: 4 } }, [{ d: "2024-03-04" }]],
  [{ "hour(d)": { _eq: 10 } }, [{ d: "2024-03-04T10:15" }, { d: "2024-03-04T10:15:30.5+01:00" }]],
  [{ "count(items)": { _gt: 1 } }, [{ items: [1, 2] }, { items: [] }, { items: "ab" }, {}]],
  [{ "$trigger": { "count(items)": { _eq: 0 } } }, [{ "$trigger": {} }, { "$trigger": null }, {}]],
  [{ "foo(d)": { _eq: 1 } }, [{ d: 1 }]],
  [{ "$trigger.payload.status": { _eq: "x" } }, [{ "$trigger": { payload: { status: "x" } } }, { "$trigger.payload.status": "x" }]],
  [{ "$accountability": { user: { _eq: "$CURRENT_USER" } } }, [{ "$accountability": { user: null } }, { "$accountability": { user: "u1" } }]],
  [{ items: { _some: { id: { _eq: 1 } } } }, [{ items: [{ id: 2 }] }, {}]],
  [{ items: { _some: null } }, [{ items: 1 }]],
  [{ a: { _in: { x: 1, y: "2" } } }, [{ a: 1 }, { a: "2" }, { a: 2 }]],
  [{ a: { _between: "1,10" } }, [{ a: 5 }, { a: "5" }, { a: 11 }]],
  [{ a: { _between: [1] } }, [{ a: 1 }]], [{ a: { _between: ["a"] } }, [{ a: 1 }]], [{ a: { _between: [1, 1e16] } }, [{ a: 1 }]],
  [{ a: { _intersects: "{bad" } }, [{ a: 1 }]], [{ a: { _intersects: "\"$NOW\"" } }, [{ a: 1 }]],
  [{ a: { b: { c: { _eq: 1 } } }, d: { _nnull: true } }, [{ a: { b: { c: 2 } } }, { a: { b: 1 }, d: null }]],
  [{ "1": { _eq: 1 }, "b": { _eq: 2 } }, [{ "1": 1, b: 2 }, {}]],
];
for (const [filter, datas] of structs) for (const data of datas) out.push({ filter, data, acc });
for (const c of out) console.log(JSON.stringify(c));
