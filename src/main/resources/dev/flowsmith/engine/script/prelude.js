// Run Script sandbox prelude (engine.md §6.2). Evaluated first in every fresh context, before the
// user's code; returns the functions the host calls. Every intrinsic used after the user's code
// has run is captured here, so a script that rewrites prototypes or globals cannot change how
// values cross the boundary (at worst it garbles its own result, which the host validates).
//
// Values cross as "tagged JSON" text (ScriptValues.java): JSON primitives as themselves,
// ["u"] undefined, ["n","NaN"|"Infinity"|"-Infinity"|"-0"], ["a",...items],
// ["o",key,value,...], ["d",time|null] Date, ["e",name,message,stack|null] Error.
(function (hostLog, hostJsonError) {
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

  let input;
  let state = 'none';
  let settled;

  return {
    // Before the user's code: the globals of §6.2 and the decoded input.
    install(envText, dataText, now) {
      if (typeof now === 'number') fixClock(now);
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
  };
})
