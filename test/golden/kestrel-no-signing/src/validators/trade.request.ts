// Generated from kestrel-no-signing.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate13;
const schema14 = {"type":"object","additionalProperties":false,"required":["pair","way","size"],"properties":{"pair":{"type":"string","e.g. KST-EUR.":null},"way":{"$ref":"defs#/$defs/Way"},"size":{"type":["number","string"],"pattern":"^[0-9]+(\\.[0-9]+)?$"}}};
const schema15 = {"type":"string","enum":["up","down","UP","DOWN"]};
const pattern0 = new RegExp("^[0-9]+(\\.[0-9]+)?$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.pair === undefined) && (missing0 = "pair")) || ((data.way === undefined) && (missing0 = "way"))) || ((data.size === undefined) && (missing0 = "size"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "pair") || (key0 === "way")) || (key0 === "size"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.pair !== undefined){
const _errs2 = errors;
if(typeof data.pair !== "string"){
validate13.errors = [{instancePath:instancePath+"/pair",schemaPath:"#/properties/pair/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.way !== undefined){
let data1 = data.way;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate13.errors = [{instancePath:instancePath+"/way",schemaPath:"defs#/$defs/Way/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data1 === "up") || (data1 === "down")) || (data1 === "UP")) || (data1 === "DOWN"))){
validate13.errors = [{instancePath:instancePath+"/way",schemaPath:"defs#/$defs/Way/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.size !== undefined){
let data2 = data.size;
const _errs7 = errors;
if((!(typeof data2 == "number")) && (typeof data2 !== "string")){
validate13.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: schema14.properties.size.type},message:"must be number,string"}];
return false;
}
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate13.errors = [{instancePath:instancePath+"/size",schemaPath:"#/properties/size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}
