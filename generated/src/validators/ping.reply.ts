// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate10;
const schema11 = {"$ref":"defs#/$defs/PingReply","$id":"ping.reply"};
const schema13 = {"type":"object","properties":{}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ping.reply" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate10.errors = [{instancePath,schemaPath:"defs#/$defs/PingReply/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}
