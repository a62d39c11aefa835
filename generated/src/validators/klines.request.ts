// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate16;
const schema21 = {"type":"object","additionalProperties":false,"required":["symbol","interval"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"interval":{"$ref":"defs#/$defs/OhlcInterval"},"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1,"maximum":1000},"type":{"$ref":"defs#/$defs/CandleType"},"priceType":{"type":"string"}}};
const schema16 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema23 = {"type":"string","enum":["1m","5m","15m","30m","1h","4h","1d","1w","M1","M5","M15","M30","H1","H4","D1","W1"]};
const schema19 = {"type":"integer","minimum":0};
const schema20 = {"type":"integer","minimum":0};
const schema26 = {"type":"string","enum":["classic","heikin-ashi","heiken-ashi","heikinAshi"]};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.symbol === undefined) && (missing0 = "symbol")) || ((data.interval === undefined) && (missing0 = "interval"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "symbol") || (key0 === "interval")) || (key0 === "startTime")) || (key0 === "endTime")) || (key0 === "limit")) || (key0 === "type")) || (key0 === "priceType"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.symbol !== undefined){
let data0 = data.symbol;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate16.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.interval !== undefined){
let data1 = data.interval;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate16.errors = [{instancePath:instancePath+"/interval",schemaPath:"defs#/$defs/OhlcInterval/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data1 === "1m") || (data1 === "5m")) || (data1 === "15m")) || (data1 === "30m")) || (data1 === "1h")) || (data1 === "4h")) || (data1 === "1d")) || (data1 === "1w")) || (data1 === "M1")) || (data1 === "M5")) || (data1 === "M15")) || (data1 === "M30")) || (data1 === "H1")) || (data1 === "H4")) || (data1 === "D1")) || (data1 === "W1"))){
validate16.errors = [{instancePath:instancePath+"/interval",schemaPath:"defs#/$defs/OhlcInterval/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startTime !== undefined){
let data2 = data.startTime;
const _errs8 = errors;
const _errs9 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate16.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate16.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endTime !== undefined){
let data3 = data.endTime;
const _errs11 = errors;
const _errs12 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate16.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate16.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.limit !== undefined){
let data4 = data.limit;
const _errs14 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
validate16.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data4 == "number"){
if(data4 > 1000 || isNaN(data4)){
validate16.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate16.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data5 = data.type;
const _errs16 = errors;
if(typeof data5 !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/CandleType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data5 === "classic") || (data5 === "heikin-ashi")) || (data5 === "heiken-ashi")) || (data5 === "heikinAshi"))){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/CandleType/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.priceType !== undefined){
const _errs19 = errors;
if(typeof data.priceType !== "string"){
validate16.errors = [{instancePath:instancePath+"/priceType",schemaPath:"#/properties/priceType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
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
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

// Patterns with a loop that gives the same answer as their RegExp, faster (generator/emit/patterns.ts).
function specialisedPattern(pattern, u){
if (pattern === "^\\S(.*\\S)?$" && u === "u") return (() => {
  const t0 = new Uint8Array(128);
  for (const [lo, hi] of [[0,8],[14,31],[33,127]]) t0.fill(1, lo, hi + 1);
  const t1 = new Uint8Array(128);
  for (const [lo, hi] of [[0,9],[11,12],[14,127]]) t1.fill(1, lo, hi + 1);
  const long = new RegExp("^\\S(.*\\S)?$", "u");
  return { test(s) {
  const n = s.length;
  if (n > 10) return long.test(s);
  if (n === 0) return false;
  let c = s.charCodeAt(0);
  if ((c < 128 ? t0[c] === 0 : (c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || (c >= 8232 && c <= 8233) || c === 8239 || c === 8287 || c === 12288 || c === 65279))) return false;
  if (n === 1) return true;
  c = s.charCodeAt(n - 1);
  if ((c < 128 ? t0[c] === 0 : (c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || (c >= 8232 && c <= 8233) || c === 8239 || c === 8287 || c === 12288 || c === 65279))) return false;
  for (let i = 1; i < n - 1; i++) { c = s.charCodeAt(i); if ((c < 128 ? t1[c] === 0 : ((c >= 8232 && c <= 8233)))) return false; }
  return true;
} };
})();
return new RegExp(pattern, u);
}
