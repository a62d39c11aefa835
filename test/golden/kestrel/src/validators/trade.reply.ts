// Generated from ../documents/other-exchange.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate15;
const schema17 = {"$ref":"defs#/$defs/TradeDone","$id":"trade.reply"};
const schema18 = {"type":"object","properties":{"tradeNo":{"type":"string"},"filled":{"type":"string"}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="trade.reply" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tradeNo !== undefined){
let data0 = data.tradeNo;
const _errs2 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate15.errors = [{instancePath:instancePath+"/tradeNo",schemaPath:"defs#/$defs/TradeDone/properties/tradeNo/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["tradeNo"] = coerced0;
}
}
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.filled !== undefined){
let data1 = data.filled;
const _errs4 = errors;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate15.errors = [{instancePath:instancePath+"/filled",schemaPath:"defs#/$defs/TradeDone/properties/filled/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["filled"] = coerced1;
}
}
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"defs#/$defs/TradeDone/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}
