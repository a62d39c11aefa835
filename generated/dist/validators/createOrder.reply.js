// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
"use strict";
export const validate = validate51;
const schema103 = {"type":"object","required":["symbol","orderId","status"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"orderId":{"$ref":"defs#/$defs/OrderId"},"clientOrderId":{"type":"string"},"transactTime":{"type":"integer"},"price":{"$ref":"defs#/$defs/Decimal"},"origQty":{"$ref":"defs#/$defs/Decimal"},"executedQty":{"$ref":"defs#/$defs/Decimal"},"cummulativeQuoteQty":{"type":["string","null"]},"status":{"$ref":"defs#/$defs/OrderStatus"},"timeInForce":{"$ref":"defs#/$defs/TimeInForce"},"type":{"$ref":"defs#/$defs/OrderType"},"side":{"$ref":"defs#/$defs/OrderSide"},"margin":{"$ref":"defs#/$defs/Decimal"},"expireTimestamp":{"type":"integer"},"guaranteedStopLoss":{"type":"boolean"},"stopLoss":{"$ref":"defs#/$defs/Decimal"},"takeProfit":{"$ref":"defs#/$defs/Decimal"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/Decimal"},"stopDistance":{"$ref":"defs#/$defs/Decimal"},"rejectMessage":{"type":"string"},"fills":{"type":"array","items":{"$ref":"defs#/$defs/Fill"}}}};
const schema17 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema63 = {"type":"string","pattern":"^\\S+$"};
const schema21 = {"type":"string"};
const schema109 = {"type":"string"};
const schema110 = {"type":"string"};
const schema19 = {"type":"string"};
const schema112 = {"type":"string"};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");
const pattern6 = func2("^\\S+$", "u");
const schema118 = {"type":"object","properties":{"price":{"$ref":"defs#/$defs/Decimal"},"qty":{"$ref":"defs#/$defs/Decimal"},"commission":{"$ref":"defs#/$defs/Decimal"},"commissionAsset":{"type":"string"}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.price !== undefined){
let data0 = data.price;
const _errs1 = errors;
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
validate52.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["price"] = coerced0;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.qty !== undefined){
let data1 = data.qty;
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
validate52.errors = [{instancePath:instancePath+"/qty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["qty"] = coerced1;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commission !== undefined){
let data2 = data.commission;
const _errs7 = errors;
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
validate52.errors = [{instancePath:instancePath+"/commission",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["commission"] = coerced2;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commissionAsset !== undefined){
let data3 = data.commissionAsset;
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
validate52.errors = [{instancePath:instancePath+"/commissionAsset",schemaPath:"#/properties/commissionAsset/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["commissionAsset"] = coerced3;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.symbol === undefined) && (missing0 = "symbol")) || ((data.orderId === undefined) && (missing0 = "orderId"))) || ((data.status === undefined) && (missing0 = "status"))){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate51.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate51.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
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
validate51.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate51.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
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
if(data.clientOrderId !== undefined){
let data2 = data.clientOrderId;
const _errs7 = errors;
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
validate51.errors = [{instancePath:instancePath+"/clientOrderId",schemaPath:"#/properties/clientOrderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["clientOrderId"] = coerced2;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transactTime !== undefined){
let data3 = data.transactTime;
const _errs9 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data3 === null
              || (dataType3 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced3 = +data3;
}
else {
validate51.errors = [{instancePath:instancePath+"/transactTime",schemaPath:"#/properties/transactTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["transactTime"] = coerced3;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.price !== undefined){
let data4 = data.price;
const _errs11 = errors;
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
validate51.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["price"] = coerced4;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.origQty !== undefined){
let data5 = data.origQty;
const _errs14 = errors;
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
validate51.errors = [{instancePath:instancePath+"/origQty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["origQty"] = coerced5;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executedQty !== undefined){
let data6 = data.executedQty;
const _errs17 = errors;
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
validate51.errors = [{instancePath:instancePath+"/executedQty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["executedQty"] = coerced6;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cummulativeQuoteQty !== undefined){
let data7 = data.cummulativeQuoteQty;
const _errs20 = errors;
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
validate51.errors = [{instancePath:instancePath+"/cummulativeQuoteQty",schemaPath:"#/properties/cummulativeQuoteQty/type",keyword:"type",params:{type: schema103.properties.cummulativeQuoteQty.type},message:"must be string,null"}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["cummulativeQuoteQty"] = coerced7;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data8 = data.status;
const _errs22 = errors;
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
validate51.errors = [{instancePath:instancePath+"/status",schemaPath:"defs#/$defs/OrderStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["status"] = coerced8;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeInForce !== undefined){
let data9 = data.timeInForce;
const _errs25 = errors;
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
validate51.errors = [{instancePath:instancePath+"/timeInForce",schemaPath:"defs#/$defs/TimeInForce/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["timeInForce"] = coerced9;
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data10 = data.type;
const _errs28 = errors;
if(typeof data10 !== "string"){
let dataType10 = typeof data10;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data10;
}
else if(data10 === null){
coerced10 = "";
}
else {
validate51.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/OrderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced10 !== undefined){
data10 = coerced10;
if(data !== undefined){
data["type"] = coerced10;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.side !== undefined){
let data11 = data.side;
const _errs31 = errors;
if(typeof data11 !== "string"){
let dataType11 = typeof data11;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data11;
}
else if(data11 === null){
coerced11 = "";
}
else {
validate51.errors = [{instancePath:instancePath+"/side",schemaPath:"defs#/$defs/OrderSide/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced11 !== undefined){
data11 = coerced11;
if(data !== undefined){
data["side"] = coerced11;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.margin !== undefined){
let data12 = data.margin;
const _errs34 = errors;
if(typeof data12 !== "string"){
let dataType12 = typeof data12;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data12;
}
else if(data12 === null){
coerced12 = "";
}
else {
validate51.errors = [{instancePath:instancePath+"/margin",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced12 !== undefined){
data12 = coerced12;
if(data !== undefined){
data["margin"] = coerced12;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expireTimestamp !== undefined){
let data13 = data.expireTimestamp;
const _errs37 = errors;
if(!((typeof data13 == "number") && (Math.floor(data13) === data13))){
let dataType13 = typeof data13;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 === "boolean" || data13 === null
              || (dataType13 === "string" && data13 && data13 == +data13 && !(data13 % 1))){
coerced13 = +data13;
}
else {
validate51.errors = [{instancePath:instancePath+"/expireTimestamp",schemaPath:"#/properties/expireTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced13 !== undefined){
data13 = coerced13;
if(data !== undefined){
data["expireTimestamp"] = coerced13;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guaranteedStopLoss !== undefined){
let data14 = data.guaranteedStopLoss;
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
validate51.errors = [{instancePath:instancePath+"/guaranteedStopLoss",schemaPath:"#/properties/guaranteedStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced14 !== undefined){
data14 = coerced14;
if(data !== undefined){
data["guaranteedStopLoss"] = coerced14;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopLoss !== undefined){
let data15 = data.stopLoss;
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
validate51.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced15 !== undefined){
data15 = coerced15;
if(data !== undefined){
data["stopLoss"] = coerced15;
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takeProfit !== undefined){
let data16 = data.takeProfit;
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
validate51.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced16 !== undefined){
data16 = coerced16;
if(data !== undefined){
data["takeProfit"] = coerced16;
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trailingStopLoss !== undefined){
let data17 = data.trailingStopLoss;
const _errs47 = errors;
if(typeof data17 !== "boolean"){
let coerced17 = undefined;
if(!(coerced17 !== undefined)){
if(data17 === "false" || data17 === 0 || data17 === null){
coerced17 = false;
}
else if(data17 === "true" || data17 === 1){
coerced17 = true;
}
else {
validate51.errors = [{instancePath:instancePath+"/trailingStopLoss",schemaPath:"#/properties/trailingStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced17 !== undefined){
data17 = coerced17;
if(data !== undefined){
data["trailingStopLoss"] = coerced17;
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profitDistance !== undefined){
let data18 = data.profitDistance;
const _errs49 = errors;
if(typeof data18 !== "string"){
let dataType18 = typeof data18;
let coerced18 = undefined;
if(!(coerced18 !== undefined)){
if(dataType18 == "number" || dataType18 == "boolean"){
coerced18 = "" + data18;
}
else if(data18 === null){
coerced18 = "";
}
else {
validate51.errors = [{instancePath:instancePath+"/profitDistance",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced18 !== undefined){
data18 = coerced18;
if(data !== undefined){
data["profitDistance"] = coerced18;
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopDistance !== undefined){
let data19 = data.stopDistance;
const _errs52 = errors;
if(typeof data19 !== "string"){
let dataType19 = typeof data19;
let coerced19 = undefined;
if(!(coerced19 !== undefined)){
if(dataType19 == "number" || dataType19 == "boolean"){
coerced19 = "" + data19;
}
else if(data19 === null){
coerced19 = "";
}
else {
validate51.errors = [{instancePath:instancePath+"/stopDistance",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced19 !== undefined){
data19 = coerced19;
if(data !== undefined){
data["stopDistance"] = coerced19;
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rejectMessage !== undefined){
let data20 = data.rejectMessage;
const _errs55 = errors;
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
validate51.errors = [{instancePath:instancePath+"/rejectMessage",schemaPath:"#/properties/rejectMessage/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced20 !== undefined){
data20 = coerced20;
if(data !== undefined){
data["rejectMessage"] = coerced20;
}
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fills !== undefined){
let data21 = data.fills;
const _errs57 = errors;
if(errors === _errs57){
if(Array.isArray(data21)){
var valid15 = true;
const len0 = data21.length;
for(let i0=0; i0<len0; i0++){
const _errs59 = errors;
if(!(validate52(data21[i0], {instancePath:instancePath+"/fills/" + i0,parentData:data21,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid15 = _errs59 === errors;
if(!valid15){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/fills",schemaPath:"#/properties/fills/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs57 === errors;
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
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
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
//# sourceMappingURL=createOrder.reply.js.map
