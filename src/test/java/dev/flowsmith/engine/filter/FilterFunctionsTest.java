package dev.flowsmith.engine.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * engine.md §7.2 function keys: the value of {@code fn(field)} is computed from the sibling field
 * (read with date-fns {@code parseISO}) and checked like a field. Rows checked against Directus.
 */
class FilterFunctionsTest {

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(delimiter = ';', textBlock = """
      {'year(d)':{'_eq':2024}}     ; {'d':'2024-03-04T10:00:00Z'}        ; pass
      {'year(d)':{'_eq':2024}}     ; {'d':'2023-12-31T23:30:00-02:00'}   ; pass
      {'month(d)':{'_eq':3}}       ; {'d':'20240304'}                    ; pass
      {'month(d)':{'_eq':3}}       ; {'d':'2024-064'}                    ; pass
      {'day(d)':{'_eq':5}}         ; {'d':'2024-W10-2'}                  ; pass
      {'week(d)':{'_eq':10}}       ; {'d':'2024-03-04'}                  ; pass
      {'week(d)':{'_eq':1}}        ; {'d':'2023-12-31'}                  ; pass
      {'weekday(d)':{'_eq':1}}     ; {'d':'2024-03-04'}                  ; pass
      {'hour(d)':{'_eq':9}}        ; {'d':'2024-03-04T10:15:30.5+01:00'} ; pass
      {'minute(d)':{'_eq':15}}     ; {'d':'2024-03-04T10:15'}            ; pass
      {'second(d)':{'_eq':30}}     ; {'d':'2024-03-04 10:15:30,25'}      ; pass
      {'year(d)':{'_eq':2024}}     ; {'d':'bad'}                         ; in
      {'year(d)':{'_eq':2024}}     ; {'d':5}                             ; TypeError: dateString.split is not a function
      {'year(d)':{'_eq':2024}}     ; {}                                  ; TypeError: Cannot read properties of undefined (reading 'split')
      {'year(d)':{'_eq':2024}}     ; {'d':null}                          ; TypeError: Cannot read properties of null (reading 'split')
      {'count(items)':{'_gt':1}}   ; {'items':[1,2]}                     ; pass
      {'count(items)':{'_gt':1}}   ; {'items':'ab'}                      ; required
      {'$trigger':{'count(items)':{'_eq':0}}} ; {'$trigger':null}        ; in
      {'foo(d)':{'_eq':1}}         ; {'d':1}                             ; TypeError: functions[functionName] is not a function
      """)
  void functions(String filter, String data, String expected) {
    assertThat(FilterOperatorTest.outcome(filter, data)).isEqualTo(expected);
  }
}
