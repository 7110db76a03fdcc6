package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowsmith.engine.value.JsJson;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * engine.md §7.3, operator by operator. Each row: filter, data (JSON with ' for "), and the
 * outcome: {@code pass}, the failure types joined by " / ", or the plain error as "Name: message".
 * Every row was checked against the real Directus 11.11 condition code.
 */
class FilterOperatorTest {

  private static final String UNCLASSIFIED = "Error: " + FailureMessages.UNCLASSIFIED_MESSAGE;

  static String outcome(String filter, String data) {
    FilterRun.Outcome outcome = FilterRun.run(filter, data);
    if (outcome instanceof FilterRun.Failed failed) {
      return String.join(" / ", failed.types());
    }
    return outcome instanceof FilterRun.Broken broken ? broken.text() : "pass";
  }

  private static void check(String filter, String data, String expected) {
    assertThat(outcome(filter, data)).as("%s on %s", filter, data)
        .isEqualTo(expected.equals("UNCLASSIFIED") ? UNCLASSIFIED : expected);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      {'f':{'_eq':5}}          ; {'f':'5'}        ; pass
      {'f':{'_eq':5}}          ; {'f':4}          ; in
      {'f':{'_eq':' 5 '}}      ; {'f':5}          ; pass
      {'f':{'_eq':'0x10'}}     ; {'f':16}         ; pass
      {'f':{'_eq':'true'}}     ; {'f':true}       ; eq
      {'f':{'_eq':true}}       ; {'f':'true'}     ; eq
      {'f':{'_eq':{'x':1}}}    ; {'f':{'x':1}}    ; pass
      {'f':{'_eq':null}}       ; {'f':1}          ; null
      {'f':{'_eq':''}}         ; {'f':0}          ; empty
      {'f':{'_eq':1}}          ; {}               ; required
      {'f':{'_neq':5}}         ; {'f':4}          ; pass
      {'f':{'_neq':5}}         ; {'f':'5'}        ; nin
      {'f':{'_neq':'a'}}       ; {'f':'a'}        ; neq
      {'f':{'_neq':null}}      ; {'f':null}       ; nnull
      {'f':{'_neq':5}}         ; {}               ; required
      """)
  void equality(String filter, String data, String expected) {
    check(filter, data, expected);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      {'n':{'_gte':5}}                    ; {'n':5}                          ; pass
      {'n':{'_gte':5}}                    ; {'n':4}                          ; gte
      {'n':{'_lte':5}}                    ; {'n':' 6 '}                      ; lte
      {'n':{'_lt':''}}                    ; {'n':-1}                         ; pass
      {'n':{'_gt':null}}                  ; {'n':0}                          ; gt
      {'n':{'_gt':5}}                     ; {'n':true}                       ; required
      {'n':{'_gt':5}}                     ; {'n':'0x10'}                     ; required
      {'n':{'_gt':5}}                     ; {'n':'0.1000000000000000000001'} ; UNCLASSIFIED
      {'n':{'_gt':5}}                     ; {'n':9007199254740993}           ; UNCLASSIFIED
      {'d':{'_gt':'2024-01-01'}}          ; {'d':'garbage'}                  ; required
      {'d':{'_lt':'2024-01-01T00:00:00'}} ; {'d':'2023-12-31T23:59:59Z'}     ; pass
      {'d':{'_gte':'$NOW(-1 day)'}}       ; {'d':'2024-05-14T10:30:00Z'}     ; pass
      {'d':{'_gte':'$NOW(-1 day)'}}       ; {'d':'2024-05-14T10:29:59Z'}     ; gte
      {'d':{'_gt':'now'}}                 ; {'d':'2030-01-01'}               ; pass
      {'d':{'_gt':'$NOW(nonsense)'}}      ; {'d':'2030-01-01'}               ; Error: date must have a valid date format or reference
      {'n':{'_between':[1,10]}}           ; {'n':0}                          ; gte
      {'n':{'_between':[1,10]}}           ; {'n':11}                         ; lte
      {'n':{'_between':'1,10'}}           ; {'n':'5'}                        ; pass
      {'d':{'_between':['2024-01-01','2024-12-31']}} ; {'d':'2025-01-01'}    ; lte
      {'n':{'_nbetween':[20,5]}}          ; {'n':10}                         ; pass
      {'n':{'_nbetween':[1,10]}}          ; {'n':5}                          ; lt / gt
      {'n':{'_between':[1]}}              ; {'n':1}                          ; Error: limit must be a number or reference
      """)
  void comparisons(String filter, String data, String expected) {
    check(filter, data, expected);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      {'s':{'_in':['a','b']}}    ; {'s':'b'}    ; pass
      {'s':{'_in':['a','b']}}    ; {'s':'c'}    ; in
      {'s':{'_in':[]}}           ; {'s':'c'}    ; pass
      {'s':{'_in':[[1,2],3]}}    ; {'s':2}      ; pass
      {'s':{'_in':{'x':'a'}}}    ; {'s':'a'}    ; pass
      {'s':{'_in':[1,1]}}        ; {'s':2}      ; eq
      {'s':{'_in':[[[1]]]}}      ; {'s':1}      ; Error: Method no longer accepts array arguments: valid
      {'s':{'_nin':'a'}}         ; {'s':'a'}    ; neq
      {'s':{'_nin':[1]}}         ; {'s':'1'}    ; pass
      {'s':{'_null':true}}       ; {'s':null}   ; pass
      {'s':{'_null':true}}       ; {'s':'x'}    ; null
      {'s':{'_nnull':true}}      ; {'s':null}   ; nnull
      {'s':{'_nnull':true}}      ; {'s':0}      ; pass
      {'s':{'_empty':true}}      ; {'s':''}     ; pass
      {'s':{'_empty':true}}      ; {'s':[]}     ; empty
      {'s':{'_nempty':true}}     ; {'s':''}     ; nempty
      {'s':{'_nempty':true}}     ; {'s':null}   ; pass
      {'s':{'_submitted':false}} ; {'s':null}   ; pass
      {'s':{'_submitted':true}}  ; {}           ; required
      {'s':{'_foo':1}}           ; {'s':0}      ; pass
      {'s':{'_none':{'x':{'_eq':1}}}} ; {'s':1} ; pass
      {'s':{}}                   ; {'s':0}      ; pass
      """)
  void listsNullsAndPresence(String filter, String data, String expected) {
    check(filter, data, expected);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      {'s':{'_contains':'ell'}}       ; {'s':'Hello'}        ; pass
      {'s':{'_contains':'ell'}}       ; {'s':['x','hello']}  ; pass
      {'s':{'_contains':'ell'}}       ; {'s':'help'}         ; contains
      {'s':{'_contains':'ell'}}       ; {'s':['x']}          ; UNCLASSIFIED
      {'s':{'_contains':'ell'}}       ; {'s':''}             ; UNCLASSIFIED
      {'s':{'_contains':'ell'}}       ; {'s':null}           ; UNCLASSIFIED
      {'s':{'_contains':5}}           ; {'s':true}           ; pass
      {'s':{'_contains':5}}           ; {'s':'5'}            ; eq
      {'s':{'_icontains':'ELL'}}      ; {'s':'hello'}        ; pass
      {'s':{'_icontains':'ELL'}}      ; {'s':'xyz'}          ; contains
      {'s':{'_ncontains':'z'}}        ; {'s':'zz'}           ; ncontains
      {'s':{'_ncontains':'z'}}        ; {'s':['a',1]}        ; pass
      {'s':{'_ncontains':'z'}}        ; {'s':['z']}          ; UNCLASSIFIED
      {'s':{'_starts_with':'He'}}     ; {'s':'Hello'}        ; pass
      {'s':{'_starts_with':'He'}}     ; {'s':'hello'}        ; starts_with
      {'s':{'_starts_with':'He'}}     ; {'s':5}              ; required
      {'s':{'_starts_with':'He'}}     ; {'s':['He']}         ; required
      {'s':{'_istarts_with':'he'}}    ; {'s':'HELLO'}        ; pass
      {'s':{'_nstarts_with':'He'}}    ; {'s':'Hello'}        ; nstarts_with
      {'s':{'_nstarts_with':'He'}}    ; {'s':'x'}            ; pass
      {'s':{'_nstarts_with':'He'}}    ; {'s':''}             ; UNCLASSIFIED
      {'s':{'_nistarts_with':'he'}}   ; {'s':'Hello'}        ; nistarts_with
      {'s':{'_ends_with':'lo'}}       ; {'s':'Hello'}        ; pass
      {'s':{'_ends_with':'lo'}}       ; {'s':'Hello\\n'}     ; ends_with
      {'s':{'_iends_with':'LO'}}      ; {'s':'hello'}        ; pass
      {'s':{'_nends_with':'lo'}}      ; {'s':'hello'}        ; nends_with
      {'s':{'_niends_with':'LO'}}     ; {'s':'hello'}        ; niends_with
      {'s':{'_ends_with':null}}       ; {'s':true}           ; pass
      {'s':{'_regex':'^[0-9]+$'}}     ; {'s':'123'}          ; pass
      {'s':{'_regex':'^[0-9]+$'}}     ; {'s':'12a'}          ; regex
      {'s':{'_regex':'/a/i'}}         ; {'s':'A'}            ; regex
      {'s':{'_regex':'x'}}            ; {'s':5}              ; required
      {'s':{'_regex':null}}           ; {'s':true}           ; pass
      {'s':{'_regex':'('}}            ; {'s':'('}            ; SyntaxError: Invalid regular expression: /(/: Unterminated group
      """)
  void strings(String filter, String data, String expected) {
    check(filter, data, expected);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      {'_and':[{'a':{'_eq':1}},{'b':{'_eq':2}}]}          ; {}                 ; required / required
      {'_or':[{'a':{'_eq':1}},{'b':{'_gt':'nonsense'}}]}  ; {'a':1}            ; pass
      {'_or':[{'b':{'_gt':'nonsense'}},{'a':{'_eq':1}}]}  ; {'a':1}            ; Error: date must have a valid date format or reference
      {'_or':[]}                                          ; {}                 ; pass
      {'x':{'_or':[{'y':{'_eq':1}},{'z':{'_eq':2}}]}}     ; {'x':{'z':2}}      ; pass
      {'x':{'_or':[{'y':{'_eq':1}},{'z':{'_eq':2}}]}}     ; {'x':{}}           ; required / required
      {'a':{'b':{'c':{'_eq':1}}}}                         ; {'a':{'b':[]}}     ; required
      {'a':{'b':{'_eq':1}}}                               ; {'a':'text'}       ; required
      {'$trigger.payload.status':{'_eq':'x'}}             ; {'$trigger':{'payload':{'status':'x'}}} ; required
      {'a':null}                                          ; {}                 ; TypeError: Cannot convert undefined or null to object
      {'_and':{}}                                         ; {}                 ; TypeError: value.map is not a function
      {'_and':null}                                       ; {}                 ; TypeError: Cannot read properties of null (reading 'map')
      0                                                   ; {}                 ; Error: [generateJoi] Filter doesn't contain filter rule. Passed filter: {"_eq":0}
      5                                                   ; {'_eq':1}          ; pass
      """)
  void structure(String filter, String data, String expected) {
    check(filter, data, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      {'f':{'_neq':5}}          ; {'f':'5'}  ; Validation failed for field "f". Value can't be one of "5", "5".
      {'f':{'_neq':'a'}}        ; {'f':'a'}  ; Validation failed for field "f". Value can't be "a".
      {'f':{'_ncontains':'z'}}  ; {'f':'z'}  ; Validation failed for field "f". Value can't contain "z".
      {'f':{'_nempty':1}}       ; {'f':''}   ; Validation failed for field "f". Value can't be empty.
      {'f':{'_gte':'$NOW(-1 day)'}} ; {'f':'2000-01-01'} ; Validation failed for field "f". Value has to be greater than or equal to "Tue May 14 2024 10:30:00 GMT+0000 (Coordinated Universal Time)".
      {'f':{'_gt':'now'}}       ; {'f':'2000-01-01'} ; Validation failed for field "f". Value has to be greater than "now".
      {'f':{'_eq':{'x':1}}}     ; {'f':2}    ; Validation failed for field "f". Value has to be "[object Object]".
      {'f':{'g':{'_contains':5}}} ; {'f':{'g':'x'}} ; Validation failed for field "f" at "g". Value has to be "true".
      {'$trigger.payload.status':{'_eq':'x'}} ; {} ; Validation failed for field "$trigger.payload.status". Value is required.
      """)
  void messages(String filter, String data, String message) {
    FilterRun.Outcome outcome = FilterRun.run(filter, data);
    assertThat(outcome).isInstanceOf(FilterRun.Failed.class);
    assertThat(((FilterRun.Failed) outcome).messages()).containsExactly(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      {'s':{'_starts_with':'a.b/c'}}  ; {"field":"s","path":[],"type":"starts_with","substring":"a\\\\.b\\\\/c"}
      {'s':{'_istarts_with':'X'}}     ; {"field":"s","path":[],"type":"istarts_with","substring":"X"}
      {'s':{'_icontains':'X'}}        ; {"field":"s","path":[],"type":"contains","substring":"X"}
      {'s':{'_regex':'^X'}}           ; {"field":"s","path":[],"type":"regex","invalid":"abc"}
      {'s':{'_in':['x','y']}}         ; {"field":"s","path":[],"type":"in","valid":["x","y"]}
      """)
  void extensions(String filter, String json) {
    FilterRun.Outcome outcome = FilterRun.run(filter, "{'s':'abc'}");
    List<dev.flowsmith.engine.value.JsError> errors = ((FilterRun.Failed) outcome).errors();
    assertThat(JsJson.stringify(errors.get(0).get("extensions"))).hasValue(json);
  }
}
