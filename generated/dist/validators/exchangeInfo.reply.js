// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
"use strict";
export const validate = validate13;
const schema14 = {"type":"object","required":["symbols"],"properties":{"timezone":{"type":"string"},"serverTime":{"type":"integer"},"rateLimits":{"type":"array","items":{"$ref":"defs#/$defs/RateLimit"}},"exchangeFilters":{"type":"array"},"symbols":{"type":"array","items":{"$ref":"defs#/$defs/ExchangeSymbol"}}}};
const schema15 = {"type":"object","properties":{"rateLimitType":{"type":"string"},"interval":{"type":"string"},"intervalNum":{"type":"integer"},"limit":{"type":"integer"}}};
const schema16 = {"type":"object","required":["symbol"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"name":{"type":"string"},"status":{"$ref":"defs#/$defs/SymbolStatus"},"baseAsset":{"type":"string"},"baseAssetPrecision":{"type":"integer"},"quoteAsset":{"type":"string"},"quoteAssetId":{"type":"string"},"quotePrecision":{"type":"integer"},"orderTypes":{"type":"array","items":{"$ref":"defs#/$defs/OrderType"}},"filters":{"type":"array","items":{"$ref":"defs#/$defs/SymbolFilter"}},"marketModes":{"type":"array","items":{"$ref":"defs#/$defs/MarketMode"}},"marketType":{"$ref":"defs#/$defs/MarketType"},"assetType":{"$ref":"defs#/$defs/AssetType"},"country":{"type":"string"},"sector":{"type":"string"},"industry":{"type":"string"},"tradingHours":{"type":"string"},"tickSize":{"$ref":"defs#/$defs/Decimal"},"tickValue":{"$ref":"defs#/$defs/Decimal"},"exchangeFee":{"$ref":"defs#/$defs/Decimal"},"tradingFee":{"$ref":"defs#/$defs/Decimal"},"makerFee":{"$ref":"defs#/$defs/Decimal"},"takerFee":{"$ref":"defs#/$defs/Decimal"},"longRate":{"$ref":"defs#/$defs/Decimal"},"shortRate":{"$ref":"defs#/$defs/Decimal"},"swapChargeInterval":{"type":"integer"},"maxSLGap":{"$ref":"defs#/$defs/Decimal"},"minSLGap":{"$ref":"defs#/$defs/Decimal"},"maxTPGap":{"$ref":"defs#/$defs/Decimal"},"minTPGap":{"$ref":"defs#/$defs/Decimal"}}};
const schema17 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const schema18 = {"type":"string"};
const schema19 = {"type":"string"};
const schema25 = {"type":"string"};
const schema26 = {"type":"string"};
const schema27 = {"type":"string"};
const schema21 = {"type":"string"};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");
const schema20 = {"type":"object","required":["filterType"],"properties":{"filterType":{"type":"string"},"minQty":{"$ref":"defs#/$defs/Decimal"},"maxQty":{"$ref":"defs#/$defs/Decimal"},"stepSize":{"$ref":"defs#/$defs/Decimal"},"minNotional":{"$ref":"defs#/$defs/Decimal"}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.filterType === undefined) && (missing0 = "filterType")){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.filterType !== undefined){
let data0 = data.filterType;
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
validate15.errors = [{instancePath:instancePath+"/filterType",schemaPath:"#/properties/filterType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["filterType"] = coerced0;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minQty !== undefined){
let data1 = data.minQty;
const _errs3 = errors;
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
validate15.errors = [{instancePath:instancePath+"/minQty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["minQty"] = coerced1;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxQty !== undefined){
let data2 = data.maxQty;
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
validate15.errors = [{instancePath:instancePath+"/maxQty",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["maxQty"] = coerced2;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stepSize !== undefined){
let data3 = data.stepSize;
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
validate15.errors = [{instancePath:instancePath+"/stepSize",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["stepSize"] = coerced3;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minNotional !== undefined){
let data4 = data.minNotional;
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
validate15.errors = [{instancePath:instancePath+"/minNotional",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["minNotional"] = coerced4;
}
}
}
var valid0 = _errs12 === errors;
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
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.symbol === undefined) && (missing0 = "symbol")){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate14.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate14.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
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
validate14.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.status !== undefined){
let data2 = data.status;
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
validate14.errors = [{instancePath:instancePath+"/status",schemaPath:"defs#/$defs/SymbolStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["status"] = coerced2;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseAsset !== undefined){
let data3 = data.baseAsset;
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
validate14.errors = [{instancePath:instancePath+"/baseAsset",schemaPath:"#/properties/baseAsset/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["baseAsset"] = coerced3;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseAssetPrecision !== undefined){
let data4 = data.baseAssetPrecision;
const _errs11 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data4 === null
              || (dataType4 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced4 = +data4;
}
else {
validate14.errors = [{instancePath:instancePath+"/baseAssetPrecision",schemaPath:"#/properties/baseAssetPrecision/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["baseAssetPrecision"] = coerced4;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quoteAsset !== undefined){
let data5 = data.quoteAsset;
const _errs13 = errors;
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
validate14.errors = [{instancePath:instancePath+"/quoteAsset",schemaPath:"#/properties/quoteAsset/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["quoteAsset"] = coerced5;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quoteAssetId !== undefined){
let data6 = data.quoteAssetId;
const _errs15 = errors;
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
validate14.errors = [{instancePath:instancePath+"/quoteAssetId",schemaPath:"#/properties/quoteAssetId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["quoteAssetId"] = coerced6;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.quotePrecision !== undefined){
let data7 = data.quotePrecision;
const _errs17 = errors;
if(!((typeof data7 == "number") && (Math.floor(data7) === data7))){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data7 === null
              || (dataType7 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced7 = +data7;
}
else {
validate14.errors = [{instancePath:instancePath+"/quotePrecision",schemaPath:"#/properties/quotePrecision/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["quotePrecision"] = coerced7;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.orderTypes !== undefined){
let data8 = data.orderTypes;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data8)){
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs21 = errors;
if(typeof data9 !== "string"){
let dataType8 = typeof data9;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data9;
}
else if(data9 === null){
coerced8 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/orderTypes/" + i0,schemaPath:"defs#/$defs/OrderType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced8 !== undefined){
data9 = coerced8;
if(data8 !== undefined){
data8[i0] = coerced8;
}
}
}
var valid3 = _errs21 === errors;
if(!valid3){
break;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/orderTypes",schemaPath:"#/properties/orderTypes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.filters !== undefined){
let data10 = data.filters;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data10)){
var valid5 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
const _errs26 = errors;
if(!(validate15(data10[i1], {instancePath:instancePath+"/filters/" + i1,parentData:data10,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid5 = _errs26 === errors;
if(!valid5){
break;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/filters",schemaPath:"#/properties/filters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.marketModes !== undefined){
let data12 = data.marketModes;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data12)){
var valid6 = true;
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs29 = errors;
if(typeof data13 !== "string"){
let dataType9 = typeof data13;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data13;
}
else if(data13 === null){
coerced9 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/marketModes/" + i2,schemaPath:"defs#/$defs/MarketMode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced9 !== undefined){
data13 = coerced9;
if(data12 !== undefined){
data12[i2] = coerced9;
}
}
}
var valid6 = _errs29 === errors;
if(!valid6){
break;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/marketModes",schemaPath:"#/properties/marketModes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.marketType !== undefined){
let data14 = data.marketType;
const _errs32 = errors;
if(typeof data14 !== "string"){
let dataType10 = typeof data14;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 == "number" || dataType10 == "boolean"){
coerced10 = "" + data14;
}
else if(data14 === null){
coerced10 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/marketType",schemaPath:"defs#/$defs/MarketType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced10 !== undefined){
data14 = coerced10;
if(data !== undefined){
data["marketType"] = coerced10;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.assetType !== undefined){
let data15 = data.assetType;
const _errs35 = errors;
if(typeof data15 !== "string"){
let dataType11 = typeof data15;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data15;
}
else if(data15 === null){
coerced11 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/assetType",schemaPath:"defs#/$defs/AssetType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced11 !== undefined){
data15 = coerced11;
if(data !== undefined){
data["assetType"] = coerced11;
}
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data16 = data.country;
const _errs38 = errors;
if(typeof data16 !== "string"){
let dataType12 = typeof data16;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data16;
}
else if(data16 === null){
coerced12 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced12 !== undefined){
data16 = coerced12;
if(data !== undefined){
data["country"] = coerced12;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sector !== undefined){
let data17 = data.sector;
const _errs40 = errors;
if(typeof data17 !== "string"){
let dataType13 = typeof data17;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 == "number" || dataType13 == "boolean"){
coerced13 = "" + data17;
}
else if(data17 === null){
coerced13 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/sector",schemaPath:"#/properties/sector/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced13 !== undefined){
data17 = coerced13;
if(data !== undefined){
data["sector"] = coerced13;
}
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.industry !== undefined){
let data18 = data.industry;
const _errs42 = errors;
if(typeof data18 !== "string"){
let dataType14 = typeof data18;
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(dataType14 == "number" || dataType14 == "boolean"){
coerced14 = "" + data18;
}
else if(data18 === null){
coerced14 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/industry",schemaPath:"#/properties/industry/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced14 !== undefined){
data18 = coerced14;
if(data !== undefined){
data["industry"] = coerced14;
}
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tradingHours !== undefined){
let data19 = data.tradingHours;
const _errs44 = errors;
if(typeof data19 !== "string"){
let dataType15 = typeof data19;
let coerced15 = undefined;
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data19;
}
else if(data19 === null){
coerced15 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/tradingHours",schemaPath:"#/properties/tradingHours/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced15 !== undefined){
data19 = coerced15;
if(data !== undefined){
data["tradingHours"] = coerced15;
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tickSize !== undefined){
let data20 = data.tickSize;
const _errs46 = errors;
if(typeof data20 !== "string"){
let dataType16 = typeof data20;
let coerced16 = undefined;
if(!(coerced16 !== undefined)){
if(dataType16 == "number" || dataType16 == "boolean"){
coerced16 = "" + data20;
}
else if(data20 === null){
coerced16 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/tickSize",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced16 !== undefined){
data20 = coerced16;
if(data !== undefined){
data["tickSize"] = coerced16;
}
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tickValue !== undefined){
let data21 = data.tickValue;
const _errs49 = errors;
if(typeof data21 !== "string"){
let dataType17 = typeof data21;
let coerced17 = undefined;
if(!(coerced17 !== undefined)){
if(dataType17 == "number" || dataType17 == "boolean"){
coerced17 = "" + data21;
}
else if(data21 === null){
coerced17 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/tickValue",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced17 !== undefined){
data21 = coerced17;
if(data !== undefined){
data["tickValue"] = coerced17;
}
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exchangeFee !== undefined){
let data22 = data.exchangeFee;
const _errs52 = errors;
if(typeof data22 !== "string"){
let dataType18 = typeof data22;
let coerced18 = undefined;
if(!(coerced18 !== undefined)){
if(dataType18 == "number" || dataType18 == "boolean"){
coerced18 = "" + data22;
}
else if(data22 === null){
coerced18 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/exchangeFee",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced18 !== undefined){
data22 = coerced18;
if(data !== undefined){
data["exchangeFee"] = coerced18;
}
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tradingFee !== undefined){
let data23 = data.tradingFee;
const _errs55 = errors;
if(typeof data23 !== "string"){
let dataType19 = typeof data23;
let coerced19 = undefined;
if(!(coerced19 !== undefined)){
if(dataType19 == "number" || dataType19 == "boolean"){
coerced19 = "" + data23;
}
else if(data23 === null){
coerced19 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/tradingFee",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced19 !== undefined){
data23 = coerced19;
if(data !== undefined){
data["tradingFee"] = coerced19;
}
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.makerFee !== undefined){
let data24 = data.makerFee;
const _errs58 = errors;
if(typeof data24 !== "string"){
let dataType20 = typeof data24;
let coerced20 = undefined;
if(!(coerced20 !== undefined)){
if(dataType20 == "number" || dataType20 == "boolean"){
coerced20 = "" + data24;
}
else if(data24 === null){
coerced20 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/makerFee",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced20 !== undefined){
data24 = coerced20;
if(data !== undefined){
data["makerFee"] = coerced20;
}
}
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.takerFee !== undefined){
let data25 = data.takerFee;
const _errs61 = errors;
if(typeof data25 !== "string"){
let dataType21 = typeof data25;
let coerced21 = undefined;
if(!(coerced21 !== undefined)){
if(dataType21 == "number" || dataType21 == "boolean"){
coerced21 = "" + data25;
}
else if(data25 === null){
coerced21 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/takerFee",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced21 !== undefined){
data25 = coerced21;
if(data !== undefined){
data["takerFee"] = coerced21;
}
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.longRate !== undefined){
let data26 = data.longRate;
const _errs64 = errors;
if(typeof data26 !== "string"){
let dataType22 = typeof data26;
let coerced22 = undefined;
if(!(coerced22 !== undefined)){
if(dataType22 == "number" || dataType22 == "boolean"){
coerced22 = "" + data26;
}
else if(data26 === null){
coerced22 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/longRate",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced22 !== undefined){
data26 = coerced22;
if(data !== undefined){
data["longRate"] = coerced22;
}
}
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shortRate !== undefined){
let data27 = data.shortRate;
const _errs67 = errors;
if(typeof data27 !== "string"){
let dataType23 = typeof data27;
let coerced23 = undefined;
if(!(coerced23 !== undefined)){
if(dataType23 == "number" || dataType23 == "boolean"){
coerced23 = "" + data27;
}
else if(data27 === null){
coerced23 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/shortRate",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced23 !== undefined){
data27 = coerced23;
if(data !== undefined){
data["shortRate"] = coerced23;
}
}
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.swapChargeInterval !== undefined){
let data28 = data.swapChargeInterval;
const _errs70 = errors;
if(!((typeof data28 == "number") && (Math.floor(data28) === data28))){
let dataType24 = typeof data28;
let coerced24 = undefined;
if(!(coerced24 !== undefined)){
if(dataType24 === "boolean" || data28 === null
              || (dataType24 === "string" && data28 && data28 == +data28 && !(data28 % 1))){
coerced24 = +data28;
}
else {
validate14.errors = [{instancePath:instancePath+"/swapChargeInterval",schemaPath:"#/properties/swapChargeInterval/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced24 !== undefined){
data28 = coerced24;
if(data !== undefined){
data["swapChargeInterval"] = coerced24;
}
}
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxSLGap !== undefined){
let data29 = data.maxSLGap;
const _errs72 = errors;
if(typeof data29 !== "string"){
let dataType25 = typeof data29;
let coerced25 = undefined;
if(!(coerced25 !== undefined)){
if(dataType25 == "number" || dataType25 == "boolean"){
coerced25 = "" + data29;
}
else if(data29 === null){
coerced25 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/maxSLGap",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced25 !== undefined){
data29 = coerced25;
if(data !== undefined){
data["maxSLGap"] = coerced25;
}
}
}
var valid0 = _errs72 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minSLGap !== undefined){
let data30 = data.minSLGap;
const _errs75 = errors;
if(typeof data30 !== "string"){
let dataType26 = typeof data30;
let coerced26 = undefined;
if(!(coerced26 !== undefined)){
if(dataType26 == "number" || dataType26 == "boolean"){
coerced26 = "" + data30;
}
else if(data30 === null){
coerced26 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/minSLGap",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced26 !== undefined){
data30 = coerced26;
if(data !== undefined){
data["minSLGap"] = coerced26;
}
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxTPGap !== undefined){
let data31 = data.maxTPGap;
const _errs78 = errors;
if(typeof data31 !== "string"){
let dataType27 = typeof data31;
let coerced27 = undefined;
if(!(coerced27 !== undefined)){
if(dataType27 == "number" || dataType27 == "boolean"){
coerced27 = "" + data31;
}
else if(data31 === null){
coerced27 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/maxTPGap",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced27 !== undefined){
data31 = coerced27;
if(data !== undefined){
data["maxTPGap"] = coerced27;
}
}
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minTPGap !== undefined){
let data32 = data.minTPGap;
const _errs81 = errors;
if(typeof data32 !== "string"){
let dataType28 = typeof data32;
let coerced28 = undefined;
if(!(coerced28 !== undefined)){
if(dataType28 == "number" || dataType28 == "boolean"){
coerced28 = "" + data32;
}
else if(data32 === null){
coerced28 = "";
}
else {
validate14.errors = [{instancePath:instancePath+"/minTPGap",schemaPath:"defs#/$defs/Decimal/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced28 !== undefined){
data32 = coerced28;
if(data !== undefined){
data["minTPGap"] = coerced28;
}
}
}
var valid0 = _errs81 === errors;
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
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.symbols === undefined) && (missing0 = "symbols")){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.timezone !== undefined){
let data0 = data.timezone;
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
validate13.errors = [{instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["timezone"] = coerced0;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.serverTime !== undefined){
let data1 = data.serverTime;
const _errs3 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 === "boolean" || data1 === null
              || (dataType1 === "string" && data1 && data1 == +data1 && !(data1 % 1))){
coerced1 = +data1;
}
else {
validate13.errors = [{instancePath:instancePath+"/serverTime",schemaPath:"#/properties/serverTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["serverTime"] = coerced1;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rateLimits !== undefined){
let data2 = data.rateLimits;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.rateLimitType !== undefined){
let data4 = data3.rateLimitType;
const _errs10 = errors;
if(typeof data4 !== "string"){
let dataType2 = typeof data4;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data4;
}
else if(data4 === null){
coerced2 = "";
}
else {
validate13.errors = [{instancePath:instancePath+"/rateLimits/" + i0+"/rateLimitType",schemaPath:"defs#/$defs/RateLimit/properties/rateLimitType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced2 !== undefined){
data4 = coerced2;
if(data3 !== undefined){
data3["rateLimitType"] = coerced2;
}
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.interval !== undefined){
let data5 = data3.interval;
const _errs12 = errors;
if(typeof data5 !== "string"){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data5;
}
else if(data5 === null){
coerced3 = "";
}
else {
validate13.errors = [{instancePath:instancePath+"/rateLimits/" + i0+"/interval",schemaPath:"defs#/$defs/RateLimit/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data3 !== undefined){
data3["interval"] = coerced3;
}
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.intervalNum !== undefined){
let data6 = data3.intervalNum;
const _errs14 = errors;
if(!((typeof data6 == "number") && (Math.floor(data6) === data6))){
let dataType4 = typeof data6;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 === "boolean" || data6 === null
              || (dataType4 === "string" && data6 && data6 == +data6 && !(data6 % 1))){
coerced4 = +data6;
}
else {
validate13.errors = [{instancePath:instancePath+"/rateLimits/" + i0+"/intervalNum",schemaPath:"defs#/$defs/RateLimit/properties/intervalNum/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced4 !== undefined){
data6 = coerced4;
if(data3 !== undefined){
data3["intervalNum"] = coerced4;
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.limit !== undefined){
let data7 = data3.limit;
const _errs16 = errors;
if(!((typeof data7 == "number") && (Math.floor(data7) === data7))){
let dataType5 = typeof data7;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data7 === null
              || (dataType5 === "string" && data7 && data7 == +data7 && !(data7 % 1))){
coerced5 = +data7;
}
else {
validate13.errors = [{instancePath:instancePath+"/rateLimits/" + i0+"/limit",schemaPath:"defs#/$defs/RateLimit/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced5 !== undefined){
data7 = coerced5;
if(data3 !== undefined){
data3["limit"] = coerced5;
}
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/rateLimits/" + i0,schemaPath:"defs#/$defs/RateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/rateLimits",schemaPath:"#/properties/rateLimits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exchangeFilters !== undefined){
const _errs18 = errors;
if(!(Array.isArray(data.exchangeFilters))){
validate13.errors = [{instancePath:instancePath+"/exchangeFilters",schemaPath:"#/properties/exchangeFilters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.symbols !== undefined){
let data9 = data.symbols;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data9)){
var valid4 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
const _errs22 = errors;
if(!(validate14(data9[i1], {instancePath:instancePath+"/symbols/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid4 = _errs22 === errors;
if(!valid4){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/symbols",schemaPath:"#/properties/symbols/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs20 === errors;
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
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
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
//# sourceMappingURL=exchangeInfo.reply.js.map
