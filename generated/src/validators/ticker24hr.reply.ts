// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate23;
const schema49 = {"type":"object","required":["tickers"],"properties":{"tickers":{"type":"array","items":{"$ref":"defs#/$defs/Ticker24hr"}}}};
const schema50 = {"type":"object","required":["symbol"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"priceChange":{"type":["string","null"]},"priceChangePercent":{"type":["string","null"]},"weightedAvgPrice":{"type":["string","null"]},"prevClosePrice":{"type":["string","null"]},"lastPrice":{"type":["string","null"]},"lastQty":{"type":["string","null"]},"bidPrice":{"type":["string","null"]},"askPrice":{"type":["string","null"]},"openPrice":{"type":["string","null"]},"highPrice":{"type":["string","null"]},"lowPrice":{"type":["string","null"]},"volume":{"type":["string","null"]},"quoteVolume":{"type":["string","null"]},"openTime":{"type":"integer"},"closeTime":{"type":"integer"}}};
const schema17 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.symbol === undefined) && (missing0 = "symbol")){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate24.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate24.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
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
if(data.priceChange !== undefined){
let data1 = data.priceChange;
const _errs4 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else if(data1 === "" || data1 === 0 || data1 === false){
coerced1 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/priceChange",schemaPath:"#/properties/priceChange/type",keyword:"type",params:{type: schema50.properties.priceChange.type},message:"must be string,null"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["priceChange"] = coerced1;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.priceChangePercent !== undefined){
let data2 = data.priceChangePercent;
const _errs6 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else if(data2 === "" || data2 === 0 || data2 === false){
coerced2 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/priceChangePercent",schemaPath:"#/properties/priceChangePercent/type",keyword:"type",params:{type: schema50.properties.priceChangePercent.type},message:"must be string,null"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["priceChangePercent"] = coerced2;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.weightedAvgPrice !== undefined){
let data3 = data.weightedAvgPrice;
const _errs8 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else if(data3 === "" || data3 === 0 || data3 === false){
coerced3 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/weightedAvgPrice",schemaPath:"#/properties/weightedAvgPrice/type",keyword:"type",params:{type: schema50.properties.weightedAvgPrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["weightedAvgPrice"] = coerced3;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prevClosePrice !== undefined){
let data4 = data.prevClosePrice;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else if(data4 === "" || data4 === 0 || data4 === false){
coerced4 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/prevClosePrice",schemaPath:"#/properties/prevClosePrice/type",keyword:"type",params:{type: schema50.properties.prevClosePrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["prevClosePrice"] = coerced4;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastPrice !== undefined){
let data5 = data.lastPrice;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else if(data5 === "" || data5 === 0 || data5 === false){
coerced5 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/lastPrice",schemaPath:"#/properties/lastPrice/type",keyword:"type",params:{type: schema50.properties.lastPrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["lastPrice"] = coerced5;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastQty !== undefined){
let data6 = data.lastQty;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else if(data6 === "" || data6 === 0 || data6 === false){
coerced6 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/lastQty",schemaPath:"#/properties/lastQty/type",keyword:"type",params:{type: schema50.properties.lastQty.type},message:"must be string,null"}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["lastQty"] = coerced6;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bidPrice !== undefined){
let data7 = data.bidPrice;
const _errs16 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else if(data7 === "" || data7 === 0 || data7 === false){
coerced7 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/bidPrice",schemaPath:"#/properties/bidPrice/type",keyword:"type",params:{type: schema50.properties.bidPrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["bidPrice"] = coerced7;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.askPrice !== undefined){
let data8 = data.askPrice;
const _errs18 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data8;
}
else if(data8 === null){
coerced8 = "";
}
else if(data8 === "" || data8 === 0 || data8 === false){
coerced8 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/askPrice",schemaPath:"#/properties/askPrice/type",keyword:"type",params:{type: schema50.properties.askPrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["askPrice"] = coerced8;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.openPrice !== undefined){
let data9 = data.openPrice;
const _errs20 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
let dataType9 = typeof data9;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data9;
}
else if(data9 === null){
coerced9 = "";
}
else if(data9 === "" || data9 === 0 || data9 === false){
coerced9 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/openPrice",schemaPath:"#/properties/openPrice/type",keyword:"type",params:{type: schema50.properties.openPrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["openPrice"] = coerced9;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.highPrice !== undefined){
let data10 = data.highPrice;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
let dataType10 = typeof data10;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data10;
}
else if(data10 === null){
coerced10 = "";
}
else if(data10 === "" || data10 === 0 || data10 === false){
coerced10 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/highPrice",schemaPath:"#/properties/highPrice/type",keyword:"type",params:{type: schema50.properties.highPrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced10 !== undefined){
data10 = coerced10;
if(data !== undefined){
data["highPrice"] = coerced10;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lowPrice !== undefined){
let data11 = data.lowPrice;
const _errs24 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
let dataType11 = typeof data11;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data11;
}
else if(data11 === null){
coerced11 = "";
}
else if(data11 === "" || data11 === 0 || data11 === false){
coerced11 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/lowPrice",schemaPath:"#/properties/lowPrice/type",keyword:"type",params:{type: schema50.properties.lowPrice.type},message:"must be string,null"}];
return false;
}
}
if(coerced11 !== undefined){
data11 = coerced11;
if(data !== undefined){
data["lowPrice"] = coerced11;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.volume !== undefined){
let data12 = data.volume;
const _errs26 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
let dataType12 = typeof data12;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data12;
}
else if(data12 === null){
coerced12 = "";
}
else if(data12 === "" || data12 === 0 || data12 === false){
coerced12 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/volume",schemaPath:"#/properties/volume/type",keyword:"type",params:{type: schema50.properties.volume.type},message:"must be string,null"}];
return false;
}
}
if(coerced12 !== undefined){
data12 = coerced12;
if(data !== undefined){
data["volume"] = coerced12;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quoteVolume !== undefined){
let data13 = data.quoteVolume;
const _errs28 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
let dataType13 = typeof data13;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 == "number" || dataType13 == "boolean"){
coerced13 = "" + data13;
}
else if(data13 === null){
coerced13 = "";
}
else if(data13 === "" || data13 === 0 || data13 === false){
coerced13 = null;
}
else {
validate24.errors = [{instancePath:instancePath+"/quoteVolume",schemaPath:"#/properties/quoteVolume/type",keyword:"type",params:{type: schema50.properties.quoteVolume.type},message:"must be string,null"}];
return false;
}
}
if(coerced13 !== undefined){
data13 = coerced13;
if(data !== undefined){
data["quoteVolume"] = coerced13;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.openTime !== undefined){
let data14 = data.openTime;
const _errs30 = errors;
if(!((typeof data14 == "number") && (Math.floor(data14) === data14))){
let dataType14 = typeof data14;
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(dataType14 === "boolean" || data14 === null
              || (dataType14 === "string" && data14 && data14 == +data14 && !(data14 % 1))){
coerced14 = +data14;
}
else {
validate24.errors = [{instancePath:instancePath+"/openTime",schemaPath:"#/properties/openTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced14 !== undefined){
data14 = coerced14;
if(data !== undefined){
data["openTime"] = coerced14;
}
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.closeTime !== undefined){
let data15 = data.closeTime;
const _errs32 = errors;
if(!((typeof data15 == "number") && (Math.floor(data15) === data15))){
let dataType15 = typeof data15;
let coerced15 = undefined;
if(!(coerced15 !== undefined)){
if(dataType15 === "boolean" || data15 === null
              || (dataType15 === "string" && data15 && data15 == +data15 && !(data15 % 1))){
coerced15 = +data15;
}
else {
validate24.errors = [{instancePath:instancePath+"/closeTime",schemaPath:"#/properties/closeTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced15 !== undefined){
data15 = coerced15;
if(data !== undefined){
data["closeTime"] = coerced15;
}
}
}
var valid0 = _errs32 === errors;
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
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.tickers === undefined) && (missing0 = "tickers")){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.tickers !== undefined){
let data0 = data.tickers;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate24(data0[i0], {instancePath:instancePath+"/tickers/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/tickers",schemaPath:"#/properties/tickers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
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
