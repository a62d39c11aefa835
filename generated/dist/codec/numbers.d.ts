// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
/**
* Numbers go on the wire so that the server's canonical string equals ours: JSON and String()
* agree on a number's text except that both use exponent notation for very large and very small
* values (1e-7), which a server may rebuild differently. Such numbers are sent as plain decimal
* strings instead; strings are never touched.
*/
/** The plain decimal text of a finite number whose shortest form uses an exponent. */
export declare function plainDecimal(value: number): string;
/**
* Does this number print with an exponent? ECMAScript's Number::toString uses one exactly when
* the number's magnitude is 1e21 or more, or below 1e-6 and not zero (both bounds are the
* doubles nearest the powers of ten, whose shortest forms are those powers): the same answer as
* `String(value).includes('e')`, without making the string on every request.
*/
export declare function needsPlainForm(value: number): boolean;
//# sourceMappingURL=numbers.d.ts.map