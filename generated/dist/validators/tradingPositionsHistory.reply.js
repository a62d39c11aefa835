// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
"use strict";
export const validate = validate63;
const schema182 = {"type":"object","required":["history"],"properties":{"history":{"type":"array","items":{"$ref":"defs#/$defs/PositionExecutionReport"}}}};
const schema183 = {"type":"object","required":["positionId"],"properties":{"positionId":{"$ref":"defs#/$defs/PositionId"},"accountId":{"$ref":"defs#/$defs/Int64Id"},"accountCurrency":{"type":"string"},"currency":{"type":"string"},"instrumentId":{"$ref":"defs#/$defs/Int64Id"},"symbol":{"$ref":"defs#/$defs/Symbol"},"execId":{"type":"string"},"execTimestamp":{"type":"integer"},"createdTimestamp":{"type":"integer"},"status":{"$ref":"defs#/$defs/ExecutionReportStatus"},"source":{"$ref":"defs#/$defs/ExecutionReportSource"},"executionType":{"type":"string"},"price":{"$ref":"defs#/$defs/Decimal"},"quantity":{"$ref":"defs#/$defs/Decimal"},"fee":{"$ref":"defs#/$defs/Decimal"},"feeDetails":{},"fxRate":{"$ref":"defs#/$defs/Decimal"},"gSL":{"type":"boolean"},"rpl":{"$ref":"defs#/$defs/Decimal"},"rplConverted":{"$ref":"defs#/$defs/Decimal"},"swap":{"$ref":"defs#/$defs/Decimal"},"swapConverted":{"$ref":"defs#/$defs/Decimal"},"stopLoss":{"$ref":"defs#/$defs/Decimal"},"takeProfit":{"$ref":"defs#/$defs/Decimal"},"trailingStopLoss":{"type":"boolean"},"rejectReason":{"$ref":"defs#/$defs/RejectReason"}}};
const schema157 = {"type":"string","pattern":"^\\S+$"};
const schema53 = {"type":"string","pattern":"^-?[0-9]+$"};
const schema17 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema188 = {"type":"string"};
const schema189 = {"type":"string"};
const schema21 = {"type":"string"};
const schema200 = {"type":"string"};
const func2 = specialisedPattern;
const pattern6 = func2("^\\S+$", "u");
const pattern2 = func2("^-?[0-9]+$", "u");
const pattern0 = func2("^\\S(.*\\S)?$", "u");

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.positionId === undefined) && (missing0 = "positionId")){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.positionId !== undefined){
let data0 = data.positionId;
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
validate64.errors = [{instancePath:instancePath+"/positionId",schemaPath:"defs#/$defs/PositionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["positionId"] = coerced0;
}
}
}
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate64.errors = [{instancePath:instancePath+"/positionId",schemaPath:"defs#/$defs/PositionId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
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
if(data.accountId !== undefined){
let data1 = data.accountId;
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
validate64.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/Int64Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["accountId"] = coerced1;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
validate64.errors = [{instancePath:instancePath+"/accountId",schemaPath:"defs#/$defs/Int64Id/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""}];
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
if(data.accountCurrency !== undefined){
let data2 = data.accountCurrency;
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
validate64.errors = [{instancePath:instancePath+"/accountCurrency",schemaPath:"#/properties/accountCurrency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["accountCurrency"] = coerced2;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
let data3 = data.currency;
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
validate64.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["currency"] = coerced3;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instrumentId !== undefined){
let data4 = data.instrumentId;
const _errs11 = errors;
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
validate64.errors = [{instancePath:instancePath+"/instrumentId",schemaPath:"defs#/$defs/Int64Id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["instrumentId"] = coerced4;
}
}
}
if(errors === _errs12){
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
validate64.errors = [{instancePath:instancePath+"/instrumentId",schemaPath:"defs#/$defs/Int64Id/pattern",keyword:"pattern",params:{pattern: "^-?[0-9]+$"},message:"must match pattern \""+"^-?[0-9]+$"+"\""}];
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
if(data.symbol !== undefined){
let data5 = data.symbol;
const _errs14 = errors;
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
validate64.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["symbol"] = coerced5;
}
}
}
if(errors === _errs15){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate64.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
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
if(data.execId !== undefined){
let data6 = data.execId;
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
validate64.errors = [{instancePath:instancePath+"/execId",schemaPath:"#/properties/execId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["execId"] = coerced6;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.execTimestamp !== undefined){
let data7 = data.execTimestamp;
const _errs19 = errors;
if(!((typeof data7 == "number") && (Math.floor(data7) === data7))){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data7 === null
              || (dataType7 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced7 = +data7;
}
else {
validate64.errors = [{instancePath:instancePath+"/execTimestamp",schemaPath:"#/properties/execTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["execTimestamp"] = coerced7;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdTimestamp !== undefined){
let data8 = data.createdTimestamp;
const _errs21 = errors;
if(!((typeof data8 == "number") && (Math.floor(data8) === data8))){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 === "boolean" || data8 === null
              || (dataType8 === "string" && data8 && data8 == +data8 && !(data8 % 1))){
coerced8 = +data8;
}
else {
validate64.errors = [{instancePath:instancePath+"/createdTimestamp",schemaPath:"#/properties/createdTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["createdTimestamp"] = coerced8;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data9 = data.status;
const _errs23 = errors;
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
validate64.errors = [{instancePath:instancePath+"/status",schemaPath:"defs#/$defs/ExecutionReportStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["status"] = coerced9;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
let data10 = data.source;
const _errs26 = errors;
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
validate64.errors = [{instancePath:instancePath+"/source",schemaPath:"defs#/$defs/ExecutionReportSource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced10 !== undefined){
data10 = coerced10;
if(data !== undefined){
data["source"] = coerced10;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.executionType !== undefined){
let data11 = data.executionType;
const _errs29 = errors;
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
validate64.errors = [{instancePath:instancePath+"/executionType",schemaPath:"#/properties/executionType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced11 !== undefined){
data11 = coerced11;
if(data !== undefined){
data["executionType"] = coerced11;
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.price !== undefined){
let data12 = data.price;
const _errs31 = errors;
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
validate64.errors = [{instancePath:instancePath+"/price",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced12 !== undefined){
data12 = coerced12;
if(data !== undefined){
data["price"] = coerced12;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quantity !== undefined){
let data13 = data.quantity;
const _errs34 = errors;
if(typeof data13 !== "string"){
let dataType13 = typeof data13;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 == "number" || dataType13 == "boolean"){
coerced13 = "" + data13;
}
else if(data13 === null){
coerced13 = "";
}
else {
validate64.errors = [{instancePath:instancePath+"/quantity",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced13 !== undefined){
data13 = coerced13;
if(data !== undefined){
data["quantity"] = coerced13;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fee !== undefined){
let data14 = data.fee;
const _errs37 = errors;
if(typeof data14 !== "string"){
let dataType14 = typeof data14;
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(dataType14 == "number" || dataType14 == "boolean"){
coerced14 = "" + data14;
}
else if(data14 === null){
coerced14 = "";
}
else {
validate64.errors = [{instancePath:instancePath+"/fee",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced14 !== undefined){
data14 = coerced14;
if(data !== undefined){
data["fee"] = coerced14;
}
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fxRate !== undefined){
let data15 = data.fxRate;
const _errs40 = errors;
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
validate64.errors = [{instancePath:instancePath+"/fxRate",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced15 !== undefined){
data15 = coerced15;
if(data !== undefined){
data["fxRate"] = coerced15;
}
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gSL !== undefined){
let data16 = data.gSL;
const _errs43 = errors;
if(typeof data16 !== "boolean"){
let coerced16 = undefined;
if(!(coerced16 !== undefined)){
if(data16 === "false" || data16 === 0 || data16 === null){
coerced16 = false;
}
else if(data16 === "true" || data16 === 1){
coerced16 = true;
}
else {
validate64.errors = [{instancePath:instancePath+"/gSL",schemaPath:"#/properties/gSL/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced16 !== undefined){
data16 = coerced16;
if(data !== undefined){
data["gSL"] = coerced16;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rpl !== undefined){
let data17 = data.rpl;
const _errs45 = errors;
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
validate64.errors = [{instancePath:instancePath+"/rpl",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced17 !== undefined){
data17 = coerced17;
if(data !== undefined){
data["rpl"] = coerced17;
}
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rplConverted !== undefined){
let data18 = data.rplConverted;
const _errs48 = errors;
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
validate64.errors = [{instancePath:instancePath+"/rplConverted",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced18 !== undefined){
data18 = coerced18;
if(data !== undefined){
data["rplConverted"] = coerced18;
}
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.swap !== undefined){
let data19 = data.swap;
const _errs51 = errors;
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
validate64.errors = [{instancePath:instancePath+"/swap",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced19 !== undefined){
data19 = coerced19;
if(data !== undefined){
data["swap"] = coerced19;
}
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.swapConverted !== undefined){
let data20 = data.swapConverted;
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
validate64.errors = [{instancePath:instancePath+"/swapConverted",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced20 !== undefined){
data20 = coerced20;
if(data !== undefined){
data["swapConverted"] = coerced20;
}
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stopLoss !== undefined){
let data21 = data.stopLoss;
const _errs57 = errors;
if(typeof data21 !== "string"){
let dataType21 = typeof data21;
let coerced21 = undefined;
if(!(coerced21 !== undefined)){
if(dataType21 == "number" || dataType21 == "boolean"){
coerced21 = "" + data21;
}
else if(data21 === null){
coerced21 = "";
}
else {
validate64.errors = [{instancePath:instancePath+"/stopLoss",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced21 !== undefined){
data21 = coerced21;
if(data !== undefined){
data["stopLoss"] = coerced21;
}
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takeProfit !== undefined){
let data22 = data.takeProfit;
const _errs60 = errors;
if(typeof data22 !== "string"){
let dataType22 = typeof data22;
let coerced22 = undefined;
if(!(coerced22 !== undefined)){
if(dataType22 == "number" || dataType22 == "boolean"){
coerced22 = "" + data22;
}
else if(data22 === null){
coerced22 = "";
}
else {
validate64.errors = [{instancePath:instancePath+"/takeProfit",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced22 !== undefined){
data22 = coerced22;
if(data !== undefined){
data["takeProfit"] = coerced22;
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trailingStopLoss !== undefined){
let data23 = data.trailingStopLoss;
const _errs63 = errors;
if(typeof data23 !== "boolean"){
let coerced23 = undefined;
if(!(coerced23 !== undefined)){
if(data23 === "false" || data23 === 0 || data23 === null){
coerced23 = false;
}
else if(data23 === "true" || data23 === 1){
coerced23 = true;
}
else {
validate64.errors = [{instancePath:instancePath+"/trailingStopLoss",schemaPath:"#/properties/trailingStopLoss/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
if(coerced23 !== undefined){
data23 = coerced23;
if(data !== undefined){
data["trailingStopLoss"] = coerced23;
}
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rejectReason !== undefined){
let data24 = data.rejectReason;
const _errs65 = errors;
if(typeof data24 !== "string"){
let dataType24 = typeof data24;
let coerced24 = undefined;
if(!(coerced24 !== undefined)){
if(dataType24 == "number" || dataType24 == "boolean"){
coerced24 = "" + data24;
}
else if(data24 === null){
coerced24 = "";
}
else {
validate64.errors = [{instancePath:instancePath+"/rejectReason",schemaPath:"defs#/$defs/RejectReason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced24 !== undefined){
data24 = coerced24;
if(data !== undefined){
data["rejectReason"] = coerced24;
}
}
}
var valid0 = _errs65 === errors;
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
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.history === undefined) && (missing0 = "history")){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.history !== undefined){
let data0 = data.history;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate64(data0[i0], {instancePath:instancePath+"/history/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
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
//# sourceMappingURL=tradingPositionsHistory.reply.js.map
