// Generated from kestrel-unversioned.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate13;
const schema14 = {"type":"object","additionalProperties":false,"required":["pair","way","size","key","nonce","sig"],"properties":{"pair":{"type":"string","e.g. KST-EUR.":null},"way":{"$ref":"defs#/$defs/Way"},"size":{"type":["number","string"],"pattern":"^[0-9]+(\\.[0-9]+)?$"},"key":{"type":"string"},"nonce":{"type":"integer","minimum":0},"window":{"type":"integer","minimum":1,"maximum":9000},"sig":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"trade.request"};
const schema15 = {"type":"string","enum":["up","down","UP","DOWN"]};
const func2 = specialisedPattern;
const pattern1 = func2("^[0-9]+(\\.[0-9]+)?$", "u");
const pattern0 = func2("^[0-9a-f]{64}$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="trade.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.pair === undefined) && (missing0 = "pair")) || ((data.way === undefined) && (missing0 = "way"))) || ((data.size === undefined) && (missing0 = "size"))) || ((data.key === undefined) && (missing0 = "key"))) || ((data.nonce === undefined) && (missing0 = "nonce"))) || ((data.sig === undefined) && (missing0 = "sig"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "pair") || (key0 === "way")) || (key0 === "size")) || (key0 === "key")) || (key0 === "nonce")) || (key0 === "window")) || (key0 === "sig"))){
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
if(!pattern1.test(data2)){
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
if(valid0){
if(data.key !== undefined){
const _errs9 = errors;
if(typeof data.key !== "string"){
validate13.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nonce !== undefined){
let data4 = data.nonce;
const _errs11 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
validate13.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate13.errors = [{instancePath:instancePath+"/nonce",schemaPath:"#/properties/nonce/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.window !== undefined){
let data5 = data.window;
const _errs13 = errors;
if(!((typeof data5 == "number") && (Math.floor(data5) === data5))){
validate13.errors = [{instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if(typeof data5 == "number"){
if(data5 > 9000 || isNaN(data5)){
validate13.errors = [{instancePath:instancePath+"/window",schemaPath:"#/properties/window/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9000},message:"must be <= 9000"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate13.errors = [{instancePath:instancePath+"/window",schemaPath:"#/properties/window/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sig !== undefined){
let data6 = data.sig;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
validate13.errors = [{instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate13.errors = [{instancePath:instancePath+"/sig",schemaPath:"#/properties/sig/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
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

// Patterns with a loop that gives the same answer as their RegExp, faster (generator/emit/patterns.ts).
function specialisedPattern(pattern, u){
if (pattern === "^[0-9a-f]{64}$" && u === "u") return (() => {
  const t0 = new Uint8Array(128);
  for (const [lo, hi] of [[48,57],[97,102]]) t0.fill(1, lo, hi + 1);
  return { test(s) {
  const n = s.length;
  if (n !== 64) return false;
  for (let i = 0; i < n; i++) { const c = s.charCodeAt(i); if (c >= 128 || t0[c] === 0) return false; }
  return true;
} };
})();
return new RegExp(pattern, u);
}
