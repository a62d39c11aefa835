// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate38;
const schema60 = {"type":"object","additionalProperties":false,"required":["symbol","side","type","quantity","apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"side":{"$ref":"defs#/$defs/OrderSide"},"type":{"$ref":"defs#/$defs/OrderType"},"quantity":{"$ref":"defs#/$defs/RequestDecimal"},"price":{"$ref":"defs#/$defs/RequestDecimal"},"timeInForce":{"$ref":"defs#/$defs/TimeInForce"},"newOrderRespType":{"$ref":"defs#/$defs/NewOrderRespType"},"accountId":{"$ref":"defs#/$defs/RequestInt64Id"},"leverage":{"type":"integer","minimum":1},"takeProfit":{"$ref":"defs#/$defs/RequestDecimal"},"stopLoss":{"$ref":"defs#/$defs/RequestDecimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/RequestDecimal"},"stopDistance":{"$ref":"defs#/$defs/RequestDecimal"},"expireTimestamp":{"type":"integer","minimum":0},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"createOrder.request"};
const schema20 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema62 = {"type":"string","enum":["BUY","SELL","buy","sell"]};
const schema63 = {"type":"string","enum":["LIMIT","MARKET","STOP"]};
const schema64 = {"type":["number","string"],"pattern":"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"};
const schema66 = {"type":"string","enum":["GTC","IOC","FOK"]};
const schema67 = {"type":"string","enum":["RESULT","FULL"]};
const schema68 = {"type":["integer","string"],"pattern":"^[0-9]+$"};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^\\S(.*\\S)?$", "u");
const pattern32 = new RegExp("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", "u");
const pattern34 = new RegExp("^[0-9]+$", "u");
const pattern4 = new RegExp("^\\S+$", "u");
const pattern5 = new RegExp("^[0-9a-f]{64}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="createOrder.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.symbol === undefined) && (missing0 = "symbol")) || ((data.side === undefined) && (missing0 = "side"))) || ((data.type === undefined) && (missing0 = "type"))) || ((data.quantity === undefined) && (missing0 = "quantity"))) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema60.properties, key0))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate38.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.side !== undefined){
let data1 = data.side;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate38.errors = [{instancePath:instancePath+"/side",schemaPath:"defs#/$defs/OrderSide/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data1 === "BUY") || (data1 === "SELL")) || (data1 === "buy")) || (data1 === "sell"))){
validate38.errors = [{instancePath:instancePath+"/side",schemaPath:"defs#/$defs/OrderSide/enum",keyword:"enum",params:{allowedValues: schema62.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs8 = errors;
if(typeof data2 !== "string"){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data2 === "LIMIT") || (data2 === "MARKET")) || (data2 === "STOP"))){
validate38.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/enum",keyword:"enum",params:{allowedValues: schema63.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quantity !== undefined){
let data3 = data.quantity;
const _errs11 = errors;
const _errs12 = errors;
if((!(typeof data3 == "number")) && (typeof data3 !== "string")){
validate38.errors = [{instancePath:instancePath+"/quantity",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema64.type},message:"must be number,string"}];
return false;
}
if(errors === _errs12){
if(typeof data3 === "string"){
if(!pattern32.test(data3)){
validate38.errors = [{instancePath:instancePath+"/quantity",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
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
if(data.price !== undefined){
let data4 = data.price;
const _errs14 = errors;
const _errs15 = errors;
if((!(typeof data4 == "number")) && (typeof data4 !== "string")){
validate38.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema64.type},message:"must be number,string"}];
return false;
}
if(errors === _errs15){
if(typeof data4 === "string"){
if(!pattern32.test(data4)){
validate38.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeInForce !== undefined){
let data5 = data.timeInForce;
const _errs17 = errors;
if(typeof data5 !== "string"){
validate38.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"defs#/$defs/TimeInForce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data5 === "GTC") || (data5 === "IOC")) || (data5 === "FOK"))){
validate38.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"defs#/$defs/TimeInForce/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newOrderRespType !== undefined){
let data6 = data.newOrderRespType;
const _errs20 = errors;
if(typeof data6 !== "string"){
validate38.errors = [{instancePath:instancePath+"/newOrderRespType",schemaPath:"defs#/$defs/NewOrderRespType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "RESULT") || (data6 === "FULL"))){
validate38.errors = [{instancePath:instancePath+"/newOrderRespType",schemaPath:"defs#/$defs/NewOrderRespType/enum",keyword:"enum",params:{allowedValues: schema67.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountId !== undefined){
let data7 = data.accountId;
const _errs23 = errors;
const _errs24 = errors;
if((!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) && (typeof data7 !== "string")){
validate38.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/RequestInt64Id/type",keyword:"type",params:{type: schema68.type},message:"must be integer,string"}];
return false;
}
if(errors === _errs24){
if(typeof data7 === "string"){
if(!pattern34.test(data7)){
validate38.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/RequestInt64Id/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\""}];
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
if(data.leverage !== undefined){
let data8 = data.leverage;
const _errs26 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
validate38.errors = [{instancePath:instancePath+"/leverage",schemaPath:"#/properties/leverage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if(typeof data8 == "number"){
if(data8 < 1 || isNaN(data8)){
validate38.errors = [{instancePath:instancePath+"/leverage",schemaPath:"#/properties/leverage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takeProfit !== undefined){
let data9 = data.takeProfit;
const _errs28 = errors;
const _errs29 = errors;
if((!(typeof data9 == "number")) && (typeof data9 !== "string")){
validate38.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema64.type},message:"must be number,string"}];
return false;
}
if(errors === _errs29){
if(typeof data9 === "string"){
if(!pattern32.test(data9)){
validate38.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopLoss !== undefined){
let data10 = data.stopLoss;
const _errs31 = errors;
const _errs32 = errors;
if((!(typeof data10 == "number")) && (typeof data10 !== "string")){
validate38.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema64.type},message:"must be number,string"}];
return false;
}
if(errors === _errs32){
if(typeof data10 === "string"){
if(!pattern32.test(data10)){
validate38.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
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
if(data.guaranteedStopLoss !== undefined){
const _errs34 = errors;
if(typeof data.guaranteedStopLoss !== "boolean"){
validate38.errors = [{instancePath:instancePath+"/guaranteedStopLoss",schemaPath:"#/properties/guaranteedStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trailingStopLoss !== undefined){
const _errs36 = errors;
if(typeof data.trailingStopLoss !== "boolean"){
validate38.errors = [{instancePath:instancePath+"/trailingStopLoss",schemaPath:"#/properties/trailingStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profitDistance !== undefined){
let data13 = data.profitDistance;
const _errs38 = errors;
const _errs39 = errors;
if((!(typeof data13 == "number")) && (typeof data13 !== "string")){
validate38.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema64.type},message:"must be number,string"}];
return false;
}
if(errors === _errs39){
if(typeof data13 === "string"){
if(!pattern32.test(data13)){
validate38.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopDistance !== undefined){
let data14 = data.stopDistance;
const _errs41 = errors;
const _errs42 = errors;
if((!(typeof data14 == "number")) && (typeof data14 !== "string")){
validate38.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/type",keyword:"type",params:{type: schema64.type},message:"must be number,string"}];
return false;
}
if(errors === _errs42){
if(typeof data14 === "string"){
if(!pattern32.test(data14)){
validate38.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/RequestDecimal/pattern",keyword:"pattern",params:{pattern: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"},message:"must match pattern \""+"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"+"\""}];
return false;
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expireTimestamp !== undefined){
let data15 = data.expireTimestamp;
const _errs44 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
validate38.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs44){
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
validate38.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data16 = data.apiKey;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
validate38.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data17 = data.timestamp;
const _errs48 = errors;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
validate38.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs48){
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
validate38.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data18 = data.recvWindow;
const _errs50 = errors;
if(!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))){
validate38.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs50){
if(typeof data18 == "number"){
if(data18 > 60000 || isNaN(data18)){
validate38.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data18 < 1 || isNaN(data18)){
validate38.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data19 = data.signature;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data19 === "string"){
if(!pattern5.test(data19)){
validate38.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs52 === errors;
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
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
