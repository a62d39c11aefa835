// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate70;
const schema212 = {"type":"object","required":["symbolName","bid","ofr","timestamp"],"properties":{"symbolName":{"$ref":"defs#/$defs/Symbol"},"bid":{"type":"number"},"bidQty":{"type":"number"},"ofr":{"type":"number"},"ofrQty":{"type":"number"},"timestamp":{"type":"integer"}}};
const schema17 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.symbolName === undefined) && (missing0 = "symbolName")) || ((data.bid === undefined) && (missing0 = "bid"))) || ((data.ofr === undefined) && (missing0 = "ofr"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate70.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.symbolName !== undefined){
let data0 = data.symbolName;
const _errs1 = errors;
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
validate70.errors = [{instancePath:instancePath+"/symbolName",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["symbolName"] = coerced0;
}
}
}
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate70.errors = [{instancePath:instancePath+"/symbolName",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bid !== undefined){
let data1 = data.bid;
const _errs4 = errors;
if(!(typeof data1 == "number")){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "boolean" || data1 === null
              || (dataType1 == "string" && data1 && data1 == +data1)){
coerced1 = +data1;
}
else {
validate70.errors = [{instancePath:instancePath+"/bid",schemaPath:"#/properties/bid/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["bid"] = coerced1;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bidQty !== undefined){
let data2 = data.bidQty;
const _errs6 = errors;
if(!(typeof data2 == "number")){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "boolean" || data2 === null
              || (dataType2 == "string" && data2 && data2 == +data2)){
coerced2 = +data2;
}
else {
validate70.errors = [{instancePath:instancePath+"/bidQty",schemaPath:"#/properties/bidQty/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["bidQty"] = coerced2;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ofr !== undefined){
let data3 = data.ofr;
const _errs8 = errors;
if(!(typeof data3 == "number")){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "boolean" || data3 === null
              || (dataType3 == "string" && data3 && data3 == +data3)){
coerced3 = +data3;
}
else {
validate70.errors = [{instancePath:instancePath+"/ofr",schemaPath:"#/properties/ofr/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["ofr"] = coerced3;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ofrQty !== undefined){
let data4 = data.ofrQty;
const _errs10 = errors;
if(!(typeof data4 == "number")){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "boolean" || data4 === null
              || (dataType4 == "string" && data4 && data4 == +data4)){
coerced4 = +data4;
}
else {
validate70.errors = [{instancePath:instancePath+"/ofrQty",schemaPath:"#/properties/ofrQty/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["ofrQty"] = coerced4;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data5 = data.timestamp;
const _errs12 = errors;
if(!((typeof data5 == "number") && (Math.floor(data5) === data5))){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data5 === null
              || (dataType5 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced5 = +data5;
}
else {
validate70.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["timestamp"] = coerced5;
}
}
}
var valid0 = _errs12 === errors;
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
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
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
