// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
"use strict";
export const validate = validate30;
const schema53 = {"allOf":[{"if":{"required":["type"],"properties":{"type":{"enum":["LIMIT","STOP"]}}},"then":{"required":["price"]}}],"type":"object","additionalProperties":false,"required":["symbol","side","type","quantity","apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"side":{"$ref":"defs#/$defs/OrderSide"},"type":{"$ref":"defs#/$defs/OrderType"},"quantity":{"$ref":"defs#/$defs/RequestDecimal"},"price":{"$ref":"defs#/$defs/RequestDecimal"},"timeInForce":{"$ref":"defs#/$defs/TimeInForce"},"newOrderRespType":{"$ref":"defs#/$defs/NewOrderRespType"},"accountId":{"$ref":"defs#/$defs/RequestInt64Id"},"leverage":{"type":"integer","minimum":1},"takeProfit":{"$ref":"defs#/$defs/RequestDecimal"},"stopLoss":{"$ref":"defs#/$defs/RequestDecimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/RequestDecimal"},"stopDistance":{"$ref":"defs#/$defs/RequestDecimal"},"expireTimestamp":{"type":"integer","minimum":0},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"createOrder.request"};
const schema16 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema55 = {"type":"string","enum":["BUY","SELL","buy","sell"]};
const schema56 = {"type":"string","enum":["LIMIT","MARKET","STOP"]};
const schema57 = {"type":["number","string"],"pattern":"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"};
const schema59 = {"type":"string","enum":["GTC","IOC","FOK"]};
const schema60 = {"type":"string","enum":["RESULT","FULL"]};
const schema61 = {"type":["integer","string"],"pattern":"^[0-9]+$"};
const func33 = Object.prototype.hasOwnProperty;
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");
const pattern32 = func2("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", "u");
const pattern34 = func2("^[0-9]+$", "u");
const pattern4 = func2("^\\S+$", "u");
const pattern5 = func2("^[0-9a-f]{64}$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="createOrder.request" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
let data0 = data.type;
if(!((data0 === "LIMIT") || (data0 === "STOP"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.price === undefined) && (missing1 = "price")){
validate30.errors = [{instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate30.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((((((((data.symbol === undefined) && (missing2 = "symbol")) || ((data.side === undefined) && (missing2 = "side"))) || ((data.type === undefined) && (missing2 = "type"))) || ((data.quantity === undefined) && (missing2 = "quantity"))) || ((data.apiKey === undefined) && (missing2 = "apiKey"))) || ((data.timestamp === undefined) && (missing2 = "timestamp"))) || ((data.signature === undefined) && (missing2 = "signature"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!(func33.call(schema53.properties, key0))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.symbol !== undefined){
let data1 = data.symbol;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate30.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.side !== undefined){
let data2 = data.side;
const _errs10 = errors;
if(typeof data2 !== "string"){
validate30.errors = [{instancePath:instancePath+"/side",schemaPath:"defs#/$defs/OrderSide/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data2 === "BUY") || (data2 === "SELL")) || (data2 === "buy")) || (data2 === "sell"))){
validate30.errors = [{instancePath:instancePath+"/side",schemaPath:"defs#/$defs/OrderSide/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.type !== undefined){
let data3 = data.type;
const _errs13 = errors;
if(typeof data3 !== "string"){
validate30.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "LIMIT") || (data3 === "MARKET")) || (data3 === "STOP"))){
validate30.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.quantity !== undefined){
let data4 = data.quantity;
const _errs16 = errors;
const _errs17 = errors;
if((!(typeof data4 == "number")) && (typeof data4 !== "string")){
validate30.errors = [{instancePath:instancePath+"/quantity",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs17){
if(typeof data4 === "string"){
if(!pattern32.test(data4)){
validate30.errors = [{instancePath:instancePath+"/quantity",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.price !== undefined){
let data5 = data.price;
const _errs19 = errors;
const _errs20 = errors;
if((!(typeof data5 == "number")) && (typeof data5 !== "string")){
validate30.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs20){
if(typeof data5 === "string"){
if(!pattern32.test(data5)){
validate30.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.timeInForce !== undefined){
let data6 = data.timeInForce;
const _errs22 = errors;
if(typeof data6 !== "string"){
validate30.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"defs#/$defs/TimeInForce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data6 === "GTC") || (data6 === "IOC")) || (data6 === "FOK"))){
validate30.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"defs#/$defs/TimeInForce/enum",keyword:"enum",params:{allowedValues: schema59.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.newOrderRespType !== undefined){
let data7 = data.newOrderRespType;
const _errs25 = errors;
if(typeof data7 !== "string"){
validate30.errors = [{instancePath:instancePath+"/newOrderRespType",schemaPath:"defs#/$defs/NewOrderRespType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data7 === "RESULT") || (data7 === "FULL"))){
validate30.errors = [{instancePath:instancePath+"/newOrderRespType",schemaPath:"defs#/$defs/NewOrderRespType/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs25 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.accountId !== undefined){
let data8 = data.accountId;
const _errs28 = errors;
const _errs29 = errors;
if((!((typeof data8 == "number") && (Math.floor(data8) === data8))) && (typeof data8 !== "string")){
validate30.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/RequestInt64Id/type",keyword:"type",params:{type: schema61.type},message:"must be integer,string"}];
return false;
}
if(errors === _errs29){
if(typeof data8 === "string"){
if(!pattern34.test(data8)){
validate30.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/RequestInt64Id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
return false;
}
}
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.leverage !== undefined){
let data9 = data.leverage;
const _errs31 = errors;
if(!((typeof data9 == "number") && (Math.floor(data9) === data9))){
validate30.errors = [{instancePath:instancePath+"/leverage",schemaPath:"#/properties/leverage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs31){
if(typeof data9 == "number"){
if(data9 < 1 || isNaN(data9)){
validate30.errors = [{instancePath:instancePath+"/leverage",schemaPath:"#/properties/leverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid3 = _errs31 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.takeProfit !== undefined){
let data10 = data.takeProfit;
const _errs33 = errors;
const _errs34 = errors;
if((!(typeof data10 == "number")) && (typeof data10 !== "string")){
validate30.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs34){
if(typeof data10 === "string"){
if(!pattern32.test(data10)){
validate30.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid3 = _errs33 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.stopLoss !== undefined){
let data11 = data.stopLoss;
const _errs36 = errors;
const _errs37 = errors;
if((!(typeof data11 == "number")) && (typeof data11 !== "string")){
validate30.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs37){
if(typeof data11 === "string"){
if(!pattern32.test(data11)){
validate30.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.guaranteedStopLoss !== undefined){
const _errs39 = errors;
if(typeof data.guaranteedStopLoss !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/guaranteedStopLoss",schemaPath:"#/properties/guaranteedStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs39 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.trailingStopLoss !== undefined){
const _errs41 = errors;
if(typeof data.trailingStopLoss !== "boolean"){
validate30.errors = [{instancePath:instancePath+"/trailingStopLoss",schemaPath:"#/properties/trailingStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs41 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.profitDistance !== undefined){
let data14 = data.profitDistance;
const _errs43 = errors;
const _errs44 = errors;
if((!(typeof data14 == "number")) && (typeof data14 !== "string")){
validate30.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs44){
if(typeof data14 === "string"){
if(!pattern32.test(data14)){
validate30.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid3 = _errs43 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.stopDistance !== undefined){
let data15 = data.stopDistance;
const _errs46 = errors;
const _errs47 = errors;
if((!(typeof data15 == "number")) && (typeof data15 !== "string")){
validate30.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema57.type},message:"must be number,string"}];
return false;
}
if(errors === _errs47){
if(typeof data15 === "string"){
if(!pattern32.test(data15)){
validate30.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid3 = _errs46 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.expireTimestamp !== undefined){
let data16 = data.expireTimestamp;
const _errs49 = errors;
if(!((typeof data16 == "number") && (Math.floor(data16) === data16))){
validate30.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
validate30.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid3 = _errs49 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.apiKey !== undefined){
let data17 = data.apiKey;
const _errs51 = errors;
if(errors === _errs51){
if(typeof data17 === "string"){
if(!pattern4.test(data17)){
validate30.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs51 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.timestamp !== undefined){
let data18 = data.timestamp;
const _errs53 = errors;
if(!((typeof data18 == "number") && (Math.floor(data18) === data18))){
validate30.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs53){
if(typeof data18 == "number"){
if(data18 < 0 || isNaN(data18)){
validate30.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid3 = _errs53 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.recvWindow !== undefined){
let data19 = data.recvWindow;
const _errs55 = errors;
if(!((typeof data19 == "number") && (Math.floor(data19) === data19))){
validate30.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs55){
if(typeof data19 == "number"){
if(data19 > 60000 || isNaN(data19)){
validate30.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data19 < 1 || isNaN(data19)){
validate30.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid3 = _errs55 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.signature !== undefined){
let data20 = data.signature;
const _errs57 = errors;
if(errors === _errs57){
if(typeof data20 === "string"){
if(!pattern5.test(data20)){
validate30.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs57 === errors;
}
else {
var valid3 = true;
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
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
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
//# sourceMappingURL=createOrder.request.js.map
