// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate34;
const schema74 = {"type":"object","additionalProperties":false,"required":["orderId","apiKey","timestamp","signature"],"properties":{"orderId":{"$ref":"defs#/$defs/OrderId"},"newPrice":{"$ref":"defs#/$defs/RequestDecimal"},"takeProfit":{"$ref":"defs#/$defs/RequestDecimal"},"stopLoss":{"$ref":"defs#/$defs/RequestDecimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/RequestDecimal"},"stopDistance":{"$ref":"defs#/$defs/RequestDecimal"},"expireTimestamp":{"type":"integer","minimum":0},"type":{"$ref":"defs#/$defs/OrderType"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"updateTradingOrder.request"};
const schema68 = {"type":"string","pattern":"^\\S+$"};
const schema57 = {"type":["number","string"],"pattern":"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"};
const schema56 = {"type":"string","enum":["LIMIT","MARKET","STOP"]};
const func33 = Object.prototype.hasOwnProperty;
const func2 = specialisedPattern;
const pattern4 = func2("^\\S+$", "u");
const pattern32 = func2("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", "u");
const pattern5 = func2("^[0-9a-f]{64}$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="updateTradingOrder.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.orderId === undefined) && (missing0 = "orderId")) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func33.call(schema74.properties, key0))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.orderId !== undefined){
let data0 = data.orderId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate34.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newPrice !== undefined){
let data1 = data.newPrice;
const _errs5 = errors;
const _errs6 = errors;
if((!(typeof data1 == "number")) && (typeof data1 !== "string")){
validate34.errors = [{instancePath:instancePath+"/newPrice",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern32.test(data1)){
validate34.errors = [{instancePath:instancePath+"/newPrice",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takeProfit !== undefined){
let data2 = data.takeProfit;
const _errs8 = errors;
const _errs9 = errors;
if((!(typeof data2 == "number")) && (typeof data2 !== "string")){
validate34.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(!pattern32.test(data2)){
validate34.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
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
if(data.stopLoss !== undefined){
let data3 = data.stopLoss;
const _errs11 = errors;
const _errs12 = errors;
if((!(typeof data3 == "number")) && (typeof data3 !== "string")){
validate34.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs12){
if(typeof data3 === "string"){
if(!pattern32.test(data3)){
validate34.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
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
if(data.guaranteedStopLoss !== undefined){
const _errs14 = errors;
if(typeof data.guaranteedStopLoss !== "boolean"){
validate34.errors = [{instancePath:instancePath+"/guaranteedStopLoss",schemaPath:"#/properties/guaranteedStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trailingStopLoss !== undefined){
const _errs16 = errors;
if(typeof data.trailingStopLoss !== "boolean"){
validate34.errors = [{instancePath:instancePath+"/trailingStopLoss",schemaPath:"#/properties/trailingStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profitDistance !== undefined){
let data6 = data.profitDistance;
const _errs18 = errors;
const _errs19 = errors;
if((!(typeof data6 == "number")) && (typeof data6 !== "string")){
validate34.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs19){
if(typeof data6 === "string"){
if(!pattern32.test(data6)){
validate34.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopDistance !== undefined){
let data7 = data.stopDistance;
const _errs21 = errors;
const _errs22 = errors;
if((!(typeof data7 == "number")) && (typeof data7 !== "string")){
validate34.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs22){
if(typeof data7 === "string"){
if(!pattern32.test(data7)){
validate34.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expireTimestamp !== undefined){
let data8 = data.expireTimestamp;
const _errs24 = errors;
if(!((typeof data8 == "number") && (Math.floor(data8) === data8))){
validate34.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
validate34.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data9 = data.type;
const _errs26 = errors;
if(typeof data9 !== "string"){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data9 === "LIMIT") || (data9 === "MARKET")) || (data9 === "STOP"))){
validate34.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data10 = data.apiKey;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate34.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data11 = data.timestamp;
const _errs31 = errors;
if(!((typeof data11 == "number") && (Math.floor(data11) === data11))){
validate34.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs31){
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
validate34.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data12 = data.recvWindow;
const _errs33 = errors;
if(!((typeof data12 == "number") && (Math.floor(data12) === data12))){
validate34.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if(typeof data12 == "number"){
if(data12 > 60000 || isNaN(data12)){
validate34.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data12 < 1 || isNaN(data12)){
validate34.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data13 = data.signature;
const _errs35 = errors;
if(errors === _errs35){
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
validate34.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs35 === errors;
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
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
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
