// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate13;
const schema16 = {"$ref":"defs#/$defs/ExchangeInfoParams","$id":"exchangeInfo.request"};
const schema17 = {"type":"object","additionalProperties":false,"properties":{}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="exchangeInfo.request" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate13.errors = [{instancePath,schemaPath:"defs#/$defs/ExchangeInfoParams/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
else {
validate13.errors = [{instancePath,schemaPath:"defs#/$defs/ExchangeInfoParams/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}
