// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
"use strict";
export const validate = validate37;
const schema85 = {"type":"object","additionalProperties":false,"required":["positionId","apiKey","timestamp","signature"],"properties":{"positionId":{"$ref":"defs#/$defs/PositionId"},"takeProfit":{"$ref":"defs#/$defs/RequestDecimal"},"stopLoss":{"$ref":"defs#/$defs/RequestDecimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/RequestDecimal"},"stopDistance":{"$ref":"defs#/$defs/RequestDecimal"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"updateTradingPosition.request"};
const schema86 = {"type":"string","pattern":"^\\S+$"};
const schema57 = {"type":["number","string"],"pattern":"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"};
const func33 = Object.prototype.hasOwnProperty;
const func2 = specialisedPattern;
const pattern4 = func2("^\\S+$", "u");
const pattern32 = func2("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", "u");
const pattern5 = func2("^[0-9a-f]{64}$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="updateTradingPosition.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.positionId === undefined) && (missing0 = "positionId")) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func33.call(schema85.properties, key0))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.positionId !== undefined){
let data0 = data.positionId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate37.errors = [{instancePath:instancePath+"/positionId",schemaPath:"defs#/$defs/PositionId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/positionId",schemaPath:"defs#/$defs/PositionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takeProfit !== undefined){
let data1 = data.takeProfit;
const _errs5 = errors;
const _errs6 = errors;
if((!(typeof data1 == "number")) && (typeof data1 !== "string")){
validate37.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern32.test(data1)){
validate37.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
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
if(data.stopLoss !== undefined){
let data2 = data.stopLoss;
const _errs8 = errors;
const _errs9 = errors;
if((!(typeof data2 == "number")) && (typeof data2 !== "string")){
validate37.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(!pattern32.test(data2)){
validate37.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
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
if(data.guaranteedStopLoss !== undefined){
const _errs11 = errors;
if(typeof data.guaranteedStopLoss !== "boolean"){
validate37.errors = [{instancePath:instancePath+"/guaranteedStopLoss",schemaPath:"#/properties/guaranteedStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trailingStopLoss !== undefined){
const _errs13 = errors;
if(typeof data.trailingStopLoss !== "boolean"){
validate37.errors = [{instancePath:instancePath+"/trailingStopLoss",schemaPath:"#/properties/trailingStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profitDistance !== undefined){
let data5 = data.profitDistance;
const _errs15 = errors;
const _errs16 = errors;
if((!(typeof data5 == "number")) && (typeof data5 !== "string")){
validate37.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs16){
if(typeof data5 === "string"){
if(!pattern32.test(data5)){
validate37.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopDistance !== undefined){
let data6 = data.stopDistance;
const _errs18 = errors;
const _errs19 = errors;
if((!(typeof data6 == "number")) && (typeof data6 !== "string")){
validate37.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs19){
if(typeof data6 === "string"){
if(!pattern32.test(data6)){
validate37.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
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
if(data.apiKey !== undefined){
let data7 = data.apiKey;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
validate37.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data8 = data.timestamp;
const _errs23 = errors;
if(!((typeof data8 == "number") && (Math.floor(data8) === data8))){
validate37.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if(typeof data8 == "number"){
if(data8 < 0 || isNaN(data8)){
validate37.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data9 = data.recvWindow;
const _errs25 = errors;
if(!((typeof data9 == "number") && (Math.floor(data9) === data9))){
validate37.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs25){
if(typeof data9 == "number"){
if(data9 > 60000 || isNaN(data9)){
validate37.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data9 < 1 || isNaN(data9)){
validate37.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data10 = data.signature;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
validate37.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs27 === errors;
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
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
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
//# sourceMappingURL=updateTradingPosition.request.js.map
