// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate54;
const schema122 = {"type":"object","required":["openOrders"],"properties":{"openOrders":{"type":"array","items":{"$ref":"defs#/$defs/OpenOrder"}}}};
const schema123 = {"type":"object","required":["symbol","orderId"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"orderId":{"$ref":"defs#/$defs/OrderId"},"accountId":{"$ref":"defs#/$defs/Int64Id"},"price":{"$ref":"defs#/$defs/Decimal"},"origQty":{"$ref":"defs#/$defs/Decimal"},"executedQty":{"$ref":"defs#/$defs/Decimal"},"status":{"$ref":"defs#/$defs/OrderStatus"},"timeInForce":{"$ref":"defs#/$defs/TimeInForce"},"type":{"$ref":"defs#/$defs/OrderType"},"side":{"$ref":"defs#/$defs/OrderSide"},"time":{"type":"integer"},"updateTime":{"type":"integer"},"expireTimestamp":{"type":"integer"},"leverage":{"type":"boolean"},"working":{"type":"boolean"},"margin":{"$ref":"defs#/$defs/Decimal"},"stopLoss":{"$ref":"defs#/$defs/Decimal"},"takeProfit":{"$ref":"defs#/$defs/Decimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"icebergQty":{"$ref":"defs#/$defs/Decimal"}}};
const schema17 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema63 = {"type":"string","pattern":"^\\S+$"};
const schema53 = {"type":"string","pattern":"^-?[0-9]+$"};
const schema21 = {"type":"string"};
const schema109 = {"type":"string"};
const schema110 = {"type":"string"};
const schema19 = {"type":"string"};
const schema112 = {"type":"string"};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");
const pattern6 = func2("^\\S+$", "u");
const pattern2 = func2("^-?[0-9]+$", "u");

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.symbol === undefined) && (missing0 = "symbol")) || ((data.orderId === undefined) && (missing0 = "orderId"))){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate55.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate55.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
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
if(data.orderId !== undefined){
let data1 = data.orderId;
const _errs4 = errors;
const _errs5 = errors;
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
validate55.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["orderId"] = coerced1;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
validate55.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountId !== undefined){
let data2 = data.accountId;
const _errs7 = errors;
const _errs8 = errors;
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
validate55.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/Int64Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["accountId"] = coerced2;
}
}
}
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
validate55.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/Int64Id/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""}];
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
if(data.price !== undefined){
let data3 = data.price;
const _errs10 = errors;
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
validate55.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["price"] = coerced3;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.origQty !== undefined){
let data4 = data.origQty;
const _errs13 = errors;
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
validate55.errors = [{instancePath:instancePath+"/origQty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["origQty"] = coerced4;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executedQty !== undefined){
let data5 = data.executedQty;
const _errs16 = errors;
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
validate55.errors = [{instancePath:instancePath+"/executedQty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["executedQty"] = coerced5;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data6 = data.status;
const _errs19 = errors;
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
validate55.errors = [{instancePath:instancePath+"/status",schemaPath:"defs#/$defs/OrderStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["status"] = coerced6;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeInForce !== undefined){
let data7 = data.timeInForce;
const _errs22 = errors;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
validate55.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"defs#/$defs/TimeInForce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["timeInForce"] = coerced7;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data8 = data.type;
const _errs25 = errors;
if(typeof data8 !== "string"){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data8;
}
else if(data8 === null){
coerced8 = "";
}
else {
validate55.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["type"] = coerced8;
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.side !== undefined){
let data9 = data.side;
const _errs28 = errors;
if(typeof data9 !== "string"){
let dataType9 = typeof data9;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data9;
}
else if(data9 === null){
coerced9 = "";
}
else {
validate55.errors = [{instancePath:instancePath+"/side",schemaPath:"defs#/$defs/OrderSide/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["side"] = coerced9;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
let data10 = data.time;
const _errs31 = errors;
if(!((typeof data10 == "number") && (Math.floor(data10) === data10))){
let dataType10 = typeof data10;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 === "boolean" || data10 === null
              || (dataType10 === "string" && data10 && data10 == +data10 && !(data10 % 1))){
coerced10 = +data10;
}
else {
validate55.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced10 !== undefined){
data10 = coerced10;
if(data !== undefined){
data["time"] = coerced10;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.updateTime !== undefined){
let data11 = data.updateTime;
const _errs33 = errors;
if(!((typeof data11 == "number") && (Math.floor(data11) === data11))){
let dataType11 = typeof data11;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 === "boolean" || data11 === null
              || (dataType11 === "string" && data11 && data11 == +data11 && !(data11 % 1))){
coerced11 = +data11;
}
else {
validate55.errors = [{instancePath:instancePath+"/updateTime",schemaPath:"#/properties/updateTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced11 !== undefined){
data11 = coerced11;
if(data !== undefined){
data["updateTime"] = coerced11;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expireTimestamp !== undefined){
let data12 = data.expireTimestamp;
const _errs35 = errors;
if(!((typeof data12 == "number") && (Math.floor(data12) === data12))){
let dataType12 = typeof data12;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 === "boolean" || data12 === null
              || (dataType12 === "string" && data12 && data12 == +data12 && !(data12 % 1))){
coerced12 = +data12;
}
else {
validate55.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced12 !== undefined){
data12 = coerced12;
if(data !== undefined){
data["expireTimestamp"] = coerced12;
}
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.leverage !== undefined){
let data13 = data.leverage;
const _errs37 = errors;
if(typeof data13 !== "boolean"){
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(data13 === "false" || data13 === 0 || data13 === null){
coerced13 = false;
}
else if(data13 === "true" || data13 === 1){
coerced13 = true;
}
else {
validate55.errors = [{instancePath:instancePath+"/leverage",schemaPath:"#/properties/leverage/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced13 !== undefined){
data13 = coerced13;
if(data !== undefined){
data["leverage"] = coerced13;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.working !== undefined){
let data14 = data.working;
const _errs39 = errors;
if(typeof data14 !== "boolean"){
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(data14 === "false" || data14 === 0 || data14 === null){
coerced14 = false;
}
else if(data14 === "true" || data14 === 1){
coerced14 = true;
}
else {
validate55.errors = [{instancePath:instancePath+"/working",schemaPath:"#/properties/working/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced14 !== undefined){
data14 = coerced14;
if(data !== undefined){
data["working"] = coerced14;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.margin !== undefined){
let data15 = data.margin;
const _errs41 = errors;
if(typeof data15 !== "string"){
let dataType15 = typeof data15;
let coerced15 = undefined;
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data15;
}
else if(data15 === null){
coerced15 = "";
}
else {
validate55.errors = [{instancePath:instancePath+"/margin",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced15 !== undefined){
data15 = coerced15;
if(data !== undefined){
data["margin"] = coerced15;
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopLoss !== undefined){
let data16 = data.stopLoss;
const _errs44 = errors;
if(typeof data16 !== "string"){
let dataType16 = typeof data16;
let coerced16 = undefined;
if(!(coerced16 !== undefined)){
if(dataType16 == "number" || dataType16 == "boolean"){
coerced16 = "" + data16;
}
else if(data16 === null){
coerced16 = "";
}
else {
validate55.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced16 !== undefined){
data16 = coerced16;
if(data !== undefined){
data["stopLoss"] = coerced16;
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takeProfit !== undefined){
let data17 = data.takeProfit;
const _errs47 = errors;
if(typeof data17 !== "string"){
let dataType17 = typeof data17;
let coerced17 = undefined;
if(!(coerced17 !== undefined)){
if(dataType17 == "number" || dataType17 == "boolean"){
coerced17 = "" + data17;
}
else if(data17 === null){
coerced17 = "";
}
else {
validate55.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced17 !== undefined){
data17 = coerced17;
if(data !== undefined){
data["takeProfit"] = coerced17;
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guaranteedStopLoss !== undefined){
let data18 = data.guaranteedStopLoss;
const _errs50 = errors;
if(typeof data18 !== "boolean"){
let coerced18 = undefined;
if(!(coerced18 !== undefined)){
if(data18 === "false" || data18 === 0 || data18 === null){
coerced18 = false;
}
else if(data18 === "true" || data18 === 1){
coerced18 = true;
}
else {
validate55.errors = [{instancePath:instancePath+"/guaranteedStopLoss",schemaPath:"#/properties/guaranteedStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced18 !== undefined){
data18 = coerced18;
if(data !== undefined){
data["guaranteedStopLoss"] = coerced18;
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trailingStopLoss !== undefined){
let data19 = data.trailingStopLoss;
const _errs52 = errors;
if(typeof data19 !== "boolean"){
let coerced19 = undefined;
if(!(coerced19 !== undefined)){
if(data19 === "false" || data19 === 0 || data19 === null){
coerced19 = false;
}
else if(data19 === "true" || data19 === 1){
coerced19 = true;
}
else {
validate55.errors = [{instancePath:instancePath+"/trailingStopLoss",schemaPath:"#/properties/trailingStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced19 !== undefined){
data19 = coerced19;
if(data !== undefined){
data["trailingStopLoss"] = coerced19;
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.icebergQty !== undefined){
let data20 = data.icebergQty;
const _errs54 = errors;
if(typeof data20 !== "string"){
let dataType20 = typeof data20;
let coerced20 = undefined;
if(!(coerced20 !== undefined)){
if(dataType20 == "number" || dataType20 == "boolean"){
coerced20 = "" + data20;
}
else if(data20 === null){
coerced20 = "";
}
else {
validate55.errors = [{instancePath:instancePath+"/icebergQty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced20 !== undefined){
data20 = coerced20;
if(data !== undefined){
data["icebergQty"] = coerced20;
}
}
}
var valid0 = _errs54 === errors;
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
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.openOrders === undefined) && (missing0 = "openOrders")){
validate54.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.openOrders !== undefined){
let data0 = data.openOrders;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate55(data0[i0], {instancePath:instancePath+"/openOrders/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate54.errors = [{instancePath:instancePath+"/openOrders",schemaPath:"#/properties/openOrders/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
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
