// Run Script sandbox prelude (engine.md §6.2). Evaluated first in every fresh context, before the
// user's code; returns the functions the host calls. Every intrinsic used after the user's code
// has run is captured here, so a script that rewrites prototypes or globals cannot change how
// values cross the boundary (at worst it garbles its own result, which the host validates).
//
// Values cross as "tagged JSON" text (ScriptValues.java): JSON primitives as themselves,
// ["u"] undefined, ["n","NaN"|"Infinity"|"-Infinity"|"-0"], ["a",...items],
// ["o",key,value,...], ["d",time|null] Date, ["e",name,message,stack|null] Error.
(function (hostLog, hostJsonError, recyclable) {
  'use strict';
  const G = globalThis;
  const uncurry = (f) => Function.prototype.call.bind(f);
  const defineProperty = Object.defineProperty;
  const ownKeys = Object.keys;
  const isArray = Array.isArray;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const parseJson = JSON.parse;
  const quote = JSON.stringify;
  const ErrorType = Error;
  const TypeErrorType = TypeError;
  const RangeErrorType = RangeError;
  const DateType = Date;
  const toStringTag = uncurry(Object.prototype.toString);
  const bigintText = uncurry(BigInt.prototype.toString);
  const symbolText = uncurry(Symbol.prototype.toString);
  const dateTime = uncurry(Date.prototype.getTime);
  const numberValue = uncurry(Number.prototype.valueOf);
  const stringValue = uncurry(String.prototype.valueOf);
  const booleanValue = uncurry(Boolean.prototype.valueOf);
  const then = uncurry(Promise.prototype.then);
  const SetType = Set;
  const setAdd = uncurry(Set.prototype.add);
  const setHas = uncurry(Set.prototype.has);
  const setDelete = uncurry(Set.prototype.delete);
  const MAX_DEPTH = 2000;
  const NOT_AN_ERROR = 'An object was thrown from supplied code within isolated-vm, '
      + 'but that object was not an instance of `Error`.';

  // §6.2: none of these exist in Directus' isolate; GraalJS adds them.
  for (const name of ['Java', 'Packages', 'java', 'javafx', 'javax', 'com', 'org', 'edu', 'arguments',
      'print', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'read', 'readbuffer', 'readline',
      'Graal', 'Polyglot', 'console', 'performance']) {
    delete G[name];
  }

  // V8's answers where GraalJS' differ (ExecV8ConformanceTest, recorded from Directus' isolate).
  // A replaced builtin looks native: its own name and length, no prototype, and
  // Function.prototype.toString answers "function name() { [native code] }" for it.
  const WeakMapType = WeakMap;
  const weakGet = uncurry(WeakMap.prototype.get);
  const weakSet = uncurry(WeakMap.prototype.set);
  const getOwnDescriptor = Object.getOwnPropertyDescriptor;
  const replaceAllText = uncurry(String.prototype.replaceAll);
  const endsWith = uncurry(String.prototype.endsWith);
  const startsWith = uncurry(String.prototype.startsWith);
  const sliceText = uncurry(String.prototype.slice);
  const regexTest = uncurry(RegExp.prototype.test);
  const SyntaxErrorType = SyntaxError;
  const natives = new WeakMapType();

  function disguise(fn, name, length) {
    defineProperty(fn, 'name', {__proto__: null, value: name, configurable: true});
    defineProperty(fn, 'length', {__proto__: null, value: length, configurable: true});
    weakSet(natives, fn, 'function ' + name + '() { [native code] }');
    return fn;
  }

  // make(original) returns a method (shorthand syntax: no prototype, not a constructor)
  function replaceMethod(target, key, make) {
    const descriptor = getOwnDescriptor(target, key);
    const original = descriptor.value;
    const replacement = disguise(make(original), key, original.length);
    defineProperty(target, key, {__proto__: null, value: replacement, writable: descriptor.writable,
      enumerable: descriptor.enumerable, configurable: descriptor.configurable});
  }

  function replaceGetter(target, key, make) {
    const descriptor = getOwnDescriptor(target, key);
    const replacement = disguise(make(descriptor.get), 'get ' + key, 0);
    defineProperty(target, key, {__proto__: null, get: replacement, set: descriptor.set,
      enumerable: descriptor.enumerable, configurable: descriptor.configurable});
  }

  replaceMethod(Function.prototype, 'toString', (original) => ({toString() {
    const fake = (typeof this === 'function') ? weakGet(natives, this) : undefined;
    return fake !== undefined ? fake : apply(original, this, []);
  }}).toString);

  // JSON.parse: Node 22's messages ("Unexpected token 'x', "x" is not valid JSON"), from the host's
  // parser that words them so (engine.md §5.5); the value still comes from the engine's own parse.
  replaceMethod(JSON, 'parse', (original) => ({parse(text, reviver) {
    try {
      return apply(original, JSON, [text, reviver]);
    } catch (e) {
      if (e !== null && typeof e === 'object' && toStringTag(e) === '[object Error]' && e.name === 'SyntaxError') {
        let source;
        try { source = '' + text; } catch (notText) { throw e; }
        const message = hostJsonError(source);
        if (typeof message === 'string') throw new SyntaxErrorType(message);
      }
      throw e;
    }
  }}).parse);

  // Time zones: V8 calls every UTC alias "UTC" and names it "Coordinated Universal Time".
  const DateTimeFormat = Intl.DateTimeFormat;
  const UTC_ALIAS = /^(?:Etc\/)?(?:UTC|UCT|GMT|GMT[+-]?0|Greenwich|Universal|Zulu)$/;
  replaceMethod(DateTimeFormat.prototype, 'resolvedOptions', (original) => ({resolvedOptions() {
    const options = apply(original, this, []);
    if (typeof options.timeZone === 'string' && regexTest(UTC_ALIAS, options.timeZone)) options.timeZone = 'UTC';
    return options;
  }}).resolvedOptions);
  const resolvedOptions = uncurry(DateTimeFormat.prototype.resolvedOptions);
  const formatToParts = uncurry(DateTimeFormat.prototype.formatToParts);
  // Asked on first use, not per context: a DateTimeFormat costs a fifth of preparing a context.
  let defaultZoneIsUtc;
  const zoneIsUtc = () => defaultZoneIsUtc ??= resolvedOptions(new DateTimeFormat()).timeZone === 'UTC';
  for (const key of ['toString', 'toTimeString']) {
    replaceMethod(DateType.prototype, key, (original) => ({[key]() {
      const text = apply(original, this, []);
      return endsWith(text, '+0000 (GMT)') && zoneIsUtc()
        ? sliceText(text, 0, -5) + '(Coordinated Universal Time)' : text;
    }})[key]);
  }

  // V8 prints a plain space where ICU 72+ has U+202F (before AM/PM); CLDR's ja short weekday
  // after the day is in parentheses ("2024年1月1日(月)"), which GraalJS' ICU lacks.
  function plainSpaces(text) {
    return typeof text === 'string' ? replaceAllText(text, '\u202f', ' ') : text;
  }
  function plainParts(parts) {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const copy = {};
      const keys = ownKeys(part);
      for (let k = 0; k < keys.length; k++) dataProperty(copy, keys[k], plainSpaces(part[keys[k]]));
      dataProperty(parts, i, copy);
    }
    return parts;
  }
  function japaneseWeekday(format, date, text) {
    const options = resolvedOptions(format);
    if (options.weekday !== 'short' || !startsWith(options.locale, 'ja')) return text;
    const parts = formatToParts(format, date);
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const after = i > 0 && parts[i - 1].type === 'literal' && endsWith(parts[i - 1].value, '日');
      out += part.type === 'weekday' && after ? '(' + part.value + ')' : part.value;
    }
    return out;
  }
  replaceGetter(DateTimeFormat.prototype, 'format', (original) => ({format() {
    const bound = apply(original, this, []);
    const format = this;
    return disguise((date) => japaneseWeekday(format, date, plainSpaces(bound(date))), '', 1);
  }}).format);
  replaceMethod(DateTimeFormat.prototype, 'formatToParts', (original) => ({formatToParts(date) {
    const parts = apply(original, this, [date]);
    return plainParts(parts);
  }}).formatToParts);
  for (const key of ['formatRange', 'formatRangeToParts']) {
    replaceMethod(DateTimeFormat.prototype, key, (original) => ({[key](start, end) {
      const result = apply(original, this, [start, end]);
      if (typeof result === 'string') return plainSpaces(result);
      return plainParts(result);
    }})[key]);
  }
  for (const key of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
    replaceMethod(DateType.prototype, key, (original) => ({[key](locales, options) {
      const text = plainSpaces(apply(original, this, [locales, options]));
      if (options !== null && typeof options === 'object' && options.weekday === 'short') {
        return japaneseWeekday(new DateTimeFormat(locales, options), this, text);
      }
      return text;
    }})[key]);
  }
  const sourceText = uncurry(Function.prototype.toString); // the replaced one: natives stay native

  // Recycling (ScriptSandbox): a context serves another run only when nothing a run did can be
  // seen by the next. Symbol.for, WeakRef and FinalizationRegistry leave effects no snapshot
  // shows (the symbol registry, a cleanup callback that may fire later): their use marks the
  // context as spent. The replacements look native and behave as the originals; they are
  // installed only in a context that may be recycled.
  let lingering = false;
  const SymbolType = Symbol;
  function flagSymbolFor() {
    replaceMethod(SymbolType, 'for', (original) => ({for(key) {
      lingering = true;
      return apply(original, SymbolType, [key]);
    }}).for);
  }
  function flagConstructor(name) {
    const Real = G[name];
    if (typeof Real !== 'function') return;
    const Flagged = disguise(function (...args) {
      if (new.target === undefined) return apply(Real, undefined, args); // Real's own TypeError
      lingering = true;
      return construct(Real, args, new.target);
    }, name, Real.length);
    defineProperty(Flagged, 'prototype', {__proto__: null, value: Real.prototype, writable: false});
    defineProperty(Real.prototype, 'constructor', {__proto__: null, value: Flagged, writable: true,
      enumerable: false, configurable: true});
    defineProperty(G, name, {__proto__: null, value: Flagged, writable: true, enumerable: false, configurable: true});
  }
  if (recyclable) {
    flagSymbolFor();
    flagConstructor('WeakRef');
    flagConstructor('FinalizationRegistry');
  }

  function dataProperty(target, key, value) {
    defineProperty(target, key, {__proto__: null, value, writable: true, enumerable: true, configurable: true});
  }

  function decode(tagged) {
    if (tagged === null || typeof tagged !== 'object') {
      return tagged;
    }
    switch (tagged[0]) {
      case 'u': return undefined;
      case 'n': return tagged[1] === '-0' ? -0 : +tagged[1];
      case 'a': {
        const array = [];
        for (let i = 1; i < tagged.length; i++) {
          dataProperty(array, i - 1, decode(tagged[i]));
        }
        return array;
      }
      case 'o': {
        const object = {};
        for (let i = 1; i < tagged.length; i += 2) {
          dataProperty(object, tagged[i], decode(tagged[i + 1]));
        }
        return object;
      }
      case 'd': return new DateType(tagged[1] === null ? NaN : tagged[1]);
      default: throw new TypeErrorType('Malformed script input');
    }
  }

  function number(n) {
    if (n !== n) return '["n","NaN"]';
    if (n === Infinity) return '["n","Infinity"]';
    if (n === -Infinity) return '["n","-Infinity"]';
    if (n === 0 && 1 / n < 0) return '["n","-0"]';
    return '' + n;
  }

  // A clone is a plain copy (§6.2): V8's structured clone, then the engine's JSON check (§4.3 3c).
  function encode(value, forConsole) {
    return encodeValue(value, null, undefined, new SetType(), forConsole);
  }

  function encodeValue(value, parent, key, onPath, forConsole) {
    switch (typeof value) {
      case 'undefined': return '["u"]';
      case 'boolean': return value ? 'true' : 'false';
      case 'number': return number(value);
      case 'string': return quote(value);
      case 'bigint':
        if (forConsole) return quote(bigintText(value));
        throw new TypeErrorType('Do not know how to serialize a BigInt');
      // isolated-vm: a symbol result is an "Unsupported type"; inside a value V8's clone words it
      case 'symbol':
        throw new TypeErrorType(parent === null && !forConsole ? 'Unsupported type' : symbolText(value) + ' could not be cloned.');
      case 'function': throw new TypeErrorType(sourceText(value) + ' could not be cloned.');
    }
    if (value === null) return 'null';
    const frame = {object: value, key, up: parent, depth: parent ? parent.depth + 1 : 0};
    if (frame.depth > MAX_DEPTH) throw new RangeErrorType('Maximum call stack size exceeded');
    if (setHas(onPath, value)) {
      let start = parent;
      while (start.object !== value) start = start.up;
      throw circular(start, frame);
    }
    setAdd(onPath, value);
    const out = encodeObject(value, frame, onPath, forConsole);
    setDelete(onPath, value);
    return out;
  }

  function encodeObject(object, frame, onPath, forConsole) {
    const tag = toStringTag(object);
    if (tag === '[object Error]') return error(object);
    if (tag !== '[object Object]' && tag !== '[object Array]') {
      const primitive = primitiveOf(object, tag);
      if (primitive !== undefined) return primitive;
    }
    let out;
    if (isArray(object)) {
      out = '["a"';
      const length = object.length;
      for (let i = 0; i < length; i++) {
        out += ',' + encodeValue(object[i], frame, i, onPath, forConsole);
      }
    } else {
      // Class instances, Maps, Sets, RegExps, typed arrays: their own enumerable properties.
      out = '["o"';
      const keys = ownKeys(object);
      for (let i = 0; i < keys.length; i++) {
        out += ',' + quote(keys[i]) + ',' + encodeValue(object[keys[i]], frame, keys[i], onPath, forConsole);
      }
    }
    return out + ']';
  }

  // Dates stay Dates; boxed primitives become their JSON value; anything else: undefined.
  function primitiveOf(object, tag) {
    try {
      switch (tag) {
        case '[object Date]': {
          const time = dateTime(object);
          return '["d",' + (time === time ? '' + time : 'null') + ']';
        }
        case '[object Number]': return number(numberValue(object));
        case '[object String]': return quote(stringValue(object));
        case '[object Boolean]': return booleanValue(object) ? 'true' : 'false';
        default: return undefined;
      }
    } catch (e) {
      return undefined; // a look-alike with a forged Symbol.toStringTag: copied as a plain object
    }
  }

  function error(object) {
    const name = object.name;
    const message = object.message;
    const stack = object.stack;
    return '["e",' + quote(typeof name === 'string' ? name : 'Error') + ','
        + quote(typeof message === 'string' ? message : '') + ','
        + (typeof stack === 'string' ? quote(stack) : 'null') + ']';
  }

  // V8's wording for JSON.stringify on a cycle; after the clone every object is an Object or Array.
  function circular(start, frame) {
    const path = [];
    for (let f = frame; f !== start; f = f.up) dataProperty(path, path.length, f);
    const kind = (o) => (isArray(o) ? 'Array' : 'Object');
    const step = (f) => (typeof f.key === 'number' ? 'index ' + f.key : "property '" + f.key + "'");
    let message = 'Converting circular structure to JSON\n    --> starting at object with constructor \''
        + kind(start.object) + "'";
    const steps = path.length - 1;
    for (let i = steps; i >= 1; i--) {
      if (steps > 3 && i < steps - 1 && i > 1) {
        if (i === steps - 2) message += '\n    |     ...';
        continue;
      }
      message += '\n    |     ' + step(path[i]) + ' -> object with constructor \'' + kind(path[i].object) + "'";
    }
    return new TypeErrorType(message + '\n    --- ' + step(path[0]) + ' closes the circle');
  }

  // isolated-vm's copy of a thrown value: Errors by name/message/stack, primitives as they are.
  function encodeThrown(value) {
    if (value !== null && typeof value === 'object' && toStringTag(value) === '[object Error]') {
      return error(value);
    }
    if (value !== null && (typeof value === 'object' || typeof value === 'function'
        || typeof value === 'symbol' || typeof value === 'bigint')) {
      return '["e","Error",' + quote(NOT_AN_ERROR) + ',null]';
    }
    return encode(value, false);
  }

  function makeConsole() {
    const console = {};
    for (const level of ['log', 'info', 'warn', 'error', 'trace', 'debug']) {
      console[level] = function (...args) {
        hostLog(level, encode(args.length === 1 ? args[0] : args, true));
      };
    }
    return console;
  }

  // A fixed clock (flow tests' "now"): Date.now() and new Date() answer it, time stands still;
  // everything else is the real Date, whose instances and prototype the script sees as usual.
  function fixClock(fixedTime) {
    const RealDate = DateType;
    const FixedDate = function Date(...args) {
      if (new.target === undefined) return construct(RealDate, [fixedTime]).toString();
      return construct(RealDate, args.length === 0 ? [fixedTime] : args, new.target);
    };
    defineProperty(FixedDate, 'length', {__proto__: null, value: 7, configurable: true});
    defineProperty(FixedDate, 'prototype', {__proto__: null, value: RealDate.prototype});
    for (const name of ['parse', 'UTC']) {
      defineProperty(FixedDate, name, {__proto__: null, value: RealDate[name], writable: true, configurable: true});
    }
    defineProperty(FixedDate, 'now', {__proto__: null, value: function now() { return fixedTime; }, writable: true,
      configurable: true});
    defineProperty(RealDate.prototype, 'constructor', {__proto__: null, value: FixedDate, writable: true,
      configurable: true});
    defineProperty(G, 'Date', {__proto__: null, value: FixedDate, writable: true, configurable: true});
  }


  // What a fresh context looks like, taken once before its first recycled run: every object the
  // script can reach without creating it (the global object, what syntax alone yields, and all
  // reachable from those through own properties, accessors and prototypes), each with its
  // prototype, extensibility and own properties (key order, value or accessors, attributes).
  const reflectOwnKeys = Reflect.ownKeys;
  const getPrototype = Reflect.getPrototypeOf;
  const isExtensible = Reflect.isExtensible;
  const deleteProperty = Reflect.deleteProperty;
  const sameValue = Object.is;
  const hasOwnProperty = uncurry(Object.prototype.hasOwnProperty);
  const MapType = Map;
  const mapGet = uncurry(Map.prototype.get);
  const mapSet = uncurry(Map.prototype.set);
  const regexExec = uncurry(RegExp.prototype.exec);
  const RESET_STATICS = /(?:)/;
  const RegExpType = RegExp;
  const STATIC_KEYS = ['input', 'lastMatch', 'lastParen', 'leftContext', 'rightContext',
    '$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];
  const RUN_GLOBALS = ['global', 'module', 'process', 'console'];
  const WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4, ACCESSOR = 8;
  const nullCopy = (d) => (d === undefined ? undefined : {__proto__: null, value: d.value, writable: d.writable,
    enumerable: d.enumerable, configurable: d.configurable});
  const pristineDate = nullCopy(getOwnDescriptor(G, 'Date'));
  const pristineDateConstructor = nullCopy(getOwnDescriptor(DateType.prototype, 'constructor'));
  let clockFixed = false;
  let objects = null; // baseline objects, Object.prototype first
  let properties = null; // per object: prototype, extensible, key count, then key, value|get, set, flags per key
  let statics = null;

  function hiddenIntrinsics() {
    const protoOf = (o) => getPrototype(o);
    const strictArguments = (function () { 'use strict'; return arguments; })();
    const seeds = [protoOf(function* () {}), protoOf(async function () {}), protoOf(async function* () {}),
      protoOf([][Symbol.iterator]()), protoOf(new Map()[Symbol.iterator]()), protoOf(new Set()[Symbol.iterator]()),
      protoOf(''[Symbol.iterator]()), protoOf(/a/[Symbol.matchAll]('')),
      getOwnDescriptor(strictArguments, 'callee').get];
    if (typeof Intl.Segmenter === 'function') {
      const segments = new Intl.Segmenter().segment('');
      seeds.push(protoOf(segments), protoOf(segments[Symbol.iterator]()));
    }
    return seeds;
  }

  function resetStatics() {
    regexExec(RESET_STATICS, '');
    const values = [];
    for (let i = 0; i < STATIC_KEYS.length; i++) {
      const getter = getOwnDescriptor(RegExpType, STATIC_KEYS[i]);
      dataProperty(values, i, getter === undefined ? undefined : apply(getter.get, RegExpType, []));
    }
    return values;
  }

  function snapshot() {
    statics = resetStatics();
    objects = [];
    properties = [];
    const index = new MapType();
    const add = (o) => {
      if (((typeof o === 'object' && o !== null) || typeof o === 'function') && mapGet(index, o) === undefined) {
        mapSet(index, o, objects.length);
        dataProperty(objects, objects.length, o);
      }
    };
    add(Object.prototype);
    add(G);
    const seeds = hiddenIntrinsics();
    for (let i = 0; i < seeds.length; i++) add(seeds[i]);
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i];
      const proto = getPrototype(o);
      add(proto);
      const keys = reflectOwnKeys(o);
      properties.push(proto, isExtensible(o), keys.length);
      for (let k = 0; k < keys.length; k++) {
        const d = getOwnDescriptor(o, keys[k]);
        const flags = (d.enumerable ? ENUMERABLE : 0) | (d.configurable ? CONFIGURABLE : 0);
        if (hasOwnProperty(d, 'value')) {
          add(d.value);
          properties.push(keys[k], d.value, undefined, flags | (d.writable ? WRITABLE : 0));
        } else {
          add(d.get);
          add(d.set);
          properties.push(keys[k], d.get, d.set, flags | ACCESSOR);
        }
      }
    }
  }

  // After a run: undo what every run does (its globals, a fixed clock, RegExp's last match), then
  // compare with the baseline. Reads only own properties of baseline objects through functions
  // captured above, so no script code runs. Object.prototype comes first and its keys are
  // compared before any descriptor is read: a descriptor's missing fields are looked up there.
  function pristine() {
    input = undefined;
    settled = undefined;
    state = 'none';
    if (lingering || objects === null) return false;
    for (let i = 0; i < RUN_GLOBALS.length; i++) {
      if (!deleteProperty(G, RUN_GLOBALS[i])) return false;
    }
    if (clockFixed) {
      defineProperty(G, 'Date', pristineDate);
      defineProperty(DateType.prototype, 'constructor', pristineDateConstructor);
      clockFixed = false;
    }
    const lastMatch = resetStatics();
    for (let i = 0; i < STATIC_KEYS.length; i++) {
      if (!sameValue(lastMatch[i], statics[i])) return false;
    }
    let j = 0;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i];
      if (getPrototype(o) !== properties[j] || isExtensible(o) !== properties[j + 1]) return false;
      const keys = reflectOwnKeys(o);
      const count = properties[j + 2];
      j += 3;
      if (keys.length !== count) return false;
      for (let k = 0; k < count; k++) {
        if (keys[k] !== properties[j + 4 * k]) return false;
      }
      for (let k = 0; k < count; k++, j += 4) {
        const d = getOwnDescriptor(o, keys[k]);
        const flags = properties[j + 3];
        const attributes = (d.enumerable ? ENUMERABLE : 0) | (d.configurable ? CONFIGURABLE : 0);
        if (flags & ACCESSOR) {
          if (attributes !== (flags & ~ACCESSOR) || d.get !== properties[j + 1] || d.set !== properties[j + 2]) return false;
        } else if (attributes !== (flags & ~WRITABLE) || d.writable !== ((flags & WRITABLE) !== 0)
            || !sameValue(d.value, properties[j + 1])) {
          return false;
        }
      }
    }
    return true;
  }

  let input;
  let state = 'none';
  let settled;

  return {
    // Before the user's code: the globals of §6.2 and the decoded input.
    install(envText, dataText, now) {
      if (typeof now === 'number') {
        fixClock(now);
        clockFixed = true;
      }
      G.global = G;
      G.module = {exports: null};
      G.process = {env: decode(parseJson(envText))};
      G.console = makeConsole();
      input = decode(parseJson(dataText));
    },
    // Directus evaluates `module.exports(data)`: a fresh read of the global, `this` = module.
    call() {
      try {
        const target = module;
        const exported = target.exports;
        if (typeof exported !== 'function') throw new TypeErrorType('module.exports is not a function');
        const result = apply(exported, target, [input]);
        if (result !== null && typeof result === 'object' && toStringTag(result) === '[object Promise]') {
          state = 'pending';
          then(result, (v) => { state = 'resolved'; settled = v; }, (e) => { state = 'rejected'; settled = e; });
        } else {
          state = 'resolved';
          settled = result;
        }
      } catch (e) {
        state = 'rejected';
        settled = e;
      }
    },
    // Called once the job queue is empty: a still pending promise can never settle here.
    outcome() {
      if (state === 'resolved') {
        try { return 'R' + encode(settled, false); } catch (e) { return 'J' + encodeThrown(e); }
      }
      return state === 'rejected' ? 'J' + encodeThrown(settled) : 'P';
    },
    thrown(value) {
      return encodeThrown(value);
    },
    snapshot,
    pristine,
  };
})
