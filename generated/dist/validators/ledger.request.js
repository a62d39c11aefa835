// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
"use strict";
export const validate = validate29;
const schema50 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"ledger.request"};
const schema19 = {"type":"integer","minimum":0};
const schema20 = {"type":"integer","minimum":0};
const func2 = specialisedPattern;
const pattern4 = func2("^\\S+$", "u");
const pattern5 = func2("^[0-9a-f]{64}$", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="ledger.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "startTime") || (key0 === "endTime")) || (key0 === "limit")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.startTime !== undefined){
let data0 = data.startTime;
const _errs2 = errors;
const _errs3 = errors;
if(!((typeof data0 == "number") && (Math.floor(data0) === data0))){
validate29.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
validate29.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endTime !== undefined){
let data1 = data.endTime;
const _errs5 = errors;
const _errs6 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate29.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate29.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.limit !== undefined){
let data2 = data.limit;
const _errs8 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate29.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
validate29.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.apiKey !== undefined){
let data3 = data.apiKey;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate29.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data4 = data.timestamp;
const _errs12 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
validate29.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate29.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data5 = data.recvWindow;
const _errs14 = errors;
if(!((typeof data5 == "number") && (Math.floor(data5) === data5))){
validate29.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data5 == "number"){
if(data5 > 60000 || isNaN(data5)){
validate29.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate29.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.signature !== undefined){
let data6 = data.signature;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
validate29.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
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
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
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
//# sourceMappingURL=ledger.request.js.map
