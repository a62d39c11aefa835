// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate38;
const schema75 = {"type":"object","required":["limits"],"properties":{"limits":{"type":"array","items":{"$ref":"defs#/$defs/TradingLimit"}}}};
const schema76 = {"type":"object","required":["symbol"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"name":{"type":"string"},"lastPrice":{"$ref":"defs#/$defs/Decimal"},"minVolume":{"$ref":"defs#/$defs/Decimal"},"maxVolume":{"$ref":"defs#/$defs/Decimal"},"minStep":{"$ref":"defs#/$defs/Decimal"},"tickSize":{"$ref":"defs#/$defs/Decimal"}}};
const schema17 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema21 = {"type":"string"};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.symbol === undefined) && (missing0 = "symbol")){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.symbol !== undefined){
let data0 = data.symbol;
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
validate39.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["symbol"] = coerced0;
}
}
}
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate39.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
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
if(data.name !== undefined){
let data1 = data.name;
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
validate39.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["name"] = coerced1;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastPrice !== undefined){
let data2 = data.lastPrice;
const _errs6 = errors;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
validate39.errors = [{instancePath:instancePath+"/lastPrice",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["lastPrice"] = coerced2;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minVolume !== undefined){
let data3 = data.minVolume;
const _errs9 = errors;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
validate39.errors = [{instancePath:instancePath+"/minVolume",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["minVolume"] = coerced3;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxVolume !== undefined){
let data4 = data.maxVolume;
const _errs12 = errors;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
validate39.errors = [{instancePath:instancePath+"/maxVolume",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["maxVolume"] = coerced4;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minStep !== undefined){
let data5 = data.minStep;
const _errs15 = errors;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
validate39.errors = [{instancePath:instancePath+"/minStep",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["minStep"] = coerced5;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tickSize !== undefined){
let data6 = data.tickSize;
const _errs18 = errors;
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
validate39.errors = [{instancePath:instancePath+"/tickSize",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["tickSize"] = coerced6;
}
}
}
var valid0 = _errs18 === errors;
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
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.limits === undefined) && (missing0 = "limits")){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.limits !== undefined){
let data0 = data.limits;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate39(data0[i0], {instancePath:instancePath+"/limits/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate38.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
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
