// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const r0: CompiledValidator = validate11;
const schema12 = {"type":"object","additionalProperties":false,"properties":{}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const r1: CompiledValidator = validate12;
const schema13 = {"type":"object","additionalProperties":false,"properties":{}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const r2: CompiledValidator = validate13;
const schema14 = {"type":"object","additionalProperties":false,"properties":{}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
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

export const r3: CompiledValidator = validate14;
const schema15 = {"type":"object","additionalProperties":false,"required":["symbol"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"limit":{"type":"integer","minimum":1,"maximum":1000}}};
const schema16 = {"type":"string","pattern":"^\\S(.*\\S)?$"};
const func2 = specialisedPattern;
const pattern0 = func2("^\\S(.*\\S)?$", "u");

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
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "symbol") || (key0 === "limit"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate14.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data1 = data.limit;
const _errs5 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate14.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if(typeof data1 == "number"){
if(data1 > 1000 || isNaN(data1)){
validate14.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate14.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
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

export const r4: CompiledValidator = validate15;
const schema17 = {"type":"object","additionalProperties":false,"required":["symbol"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1,"maximum":1000}}};
const schema19 = {"type":"integer","minimum":0};
const schema20 = {"type":"integer","minimum":0};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.symbol === undefined) && (missing0 = "symbol")){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "symbol") || (key0 === "startTime")) || (key0 === "endTime")) || (key0 === "limit"))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate15.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startTime !== undefined){
let data1 = data.startTime;
const _errs5 = errors;
const _errs6 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate15.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate15.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.endTime !== undefined){
let data2 = data.endTime;
const _errs8 = errors;
const _errs9 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate15.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate15.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.limit !== undefined){
let data3 = data.limit;
const _errs11 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate15.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if(typeof data3 == "number"){
if(data3 > 1000 || isNaN(data3)){
validate15.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate15.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs11 === errors;
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

export const r5: CompiledValidator = validate16;
const schema21 = {"type":"object","additionalProperties":false,"required":["symbol","interval"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"interval":{"$ref":"defs#/$defs/OhlcInterval"},"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1,"maximum":1000},"type":{"$ref":"defs#/$defs/CandleType"},"priceType":{"type":"string"}}};
const schema23 = {"type":"string","enum":["1m","5m","15m","30m","1h","4h","1d","1w","M1","M5","M15","M30","H1","H4","D1","W1"]};
const schema26 = {"type":"string","enum":["classic","heikin-ashi","heiken-ashi","heikinAshi"]};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.symbol === undefined) && (missing0 = "symbol")) || ((data.interval === undefined) && (missing0 = "interval"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "symbol") || (key0 === "interval")) || (key0 === "startTime")) || (key0 === "endTime")) || (key0 === "limit")) || (key0 === "type")) || (key0 === "priceType"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate16.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.interval !== undefined){
let data1 = data.interval;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate16.errors = [{instancePath:instancePath+"/interval",schemaPath:"defs#/$defs/OhlcInterval/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data1 === "1m") || (data1 === "5m")) || (data1 === "15m")) || (data1 === "30m")) || (data1 === "1h")) || (data1 === "4h")) || (data1 === "1d")) || (data1 === "1w")) || (data1 === "M1")) || (data1 === "M5")) || (data1 === "M15")) || (data1 === "M30")) || (data1 === "H1")) || (data1 === "H4")) || (data1 === "D1")) || (data1 === "W1"))){
validate16.errors = [{instancePath:instancePath+"/interval",schemaPath:"defs#/$defs/OhlcInterval/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startTime !== undefined){
let data2 = data.startTime;
const _errs8 = errors;
const _errs9 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate16.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate16.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.endTime !== undefined){
let data3 = data.endTime;
const _errs11 = errors;
const _errs12 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate16.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate16.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.limit !== undefined){
let data4 = data.limit;
const _errs14 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
validate16.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data4 == "number"){
if(data4 > 1000 || isNaN(data4)){
validate16.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate16.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.type !== undefined){
let data5 = data.type;
const _errs16 = errors;
if(typeof data5 !== "string"){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/CandleType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data5 === "classic") || (data5 === "heikin-ashi")) || (data5 === "heiken-ashi")) || (data5 === "heikinAshi"))){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/CandleType/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.priceType !== undefined){
const _errs19 = errors;
if(typeof data.priceType !== "string"){
validate16.errors = [{instancePath:instancePath+"/priceType",schemaPath:"#/properties/priceType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
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
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const r6: CompiledValidator = validate17;
const schema27 = {"type":"object","additionalProperties":false,"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "symbol")){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.symbol !== undefined){
let data0 = data.symbol;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate17.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const r7: CompiledValidator = validate18;
const schema29 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"showZeroBalance":{"type":"boolean"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"account.request"};
const pattern4 = func2("^\\S+$", "u");
const pattern5 = func2("^[0-9a-f]{64}$", "u");

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="account.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "showZeroBalance") || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.showZeroBalance !== undefined){
const _errs2 = errors;
if(typeof data.showZeroBalance !== "boolean"){
validate18.errors = [{instancePath:instancePath+"/showZeroBalance",schemaPath:"#/properties/showZeroBalance/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data1 = data.apiKey;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate18.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs6 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate18.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate18.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data3 = data.recvWindow;
const _errs8 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate18.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data3 == "number"){
if(data3 > 60000 || isNaN(data3)){
validate18.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate18.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data4 = data.signature;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate18.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const r8: CompiledValidator = validate19;
const schema30 = {"type":"object","additionalProperties":false,"required":["symbol","apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"leverageSettings.request"};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="leverageSettings.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.symbol === undefined) && (missing0 = "symbol")) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "symbol") || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate19.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data1 = data.apiKey;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate19.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs7 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate19.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate19.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.recvWindow !== undefined){
let data3 = data.recvWindow;
const _errs9 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate19.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data3 == "number"){
if(data3 > 60000 || isNaN(data3)){
validate19.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate19.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data4 = data.signature;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate19.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
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
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const r9: CompiledValidator = validate20;
const schema32 = {"type":"object","additionalProperties":false,"required":["symbol","apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1,"maximum":1000},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"myTrades.request"};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="myTrades.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.symbol === undefined) && (missing0 = "symbol")) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "symbol") || (key0 === "startTime")) || (key0 === "endTime")) || (key0 === "limit")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate20.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startTime !== undefined){
let data1 = data.startTime;
const _errs5 = errors;
const _errs6 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate20.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate20.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.endTime !== undefined){
let data2 = data.endTime;
const _errs8 = errors;
const _errs9 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate20.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate20.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.limit !== undefined){
let data3 = data.limit;
const _errs11 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if(typeof data3 == "number"){
if(data3 > 1000 || isNaN(data3)){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data4 = data.apiKey;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate20.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data5 = data.timestamp;
const _errs15 = errors;
if(!((typeof data5 == "number") && (Math.floor(data5) === data5))){
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.recvWindow !== undefined){
let data6 = data.recvWindow;
const _errs17 = errors;
if(!((typeof data6 == "number") && (Math.floor(data6) === data6))){
validate20.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if(typeof data6 == "number"){
if(data6 > 60000 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data6 < 1 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data7 = data.signature;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
validate20.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
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
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

export const r10: CompiledValidator = validate21;
const schema36 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"tradingFees.request"};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="tradingFees.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiKey") || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiKey !== undefined){
let data0 = data.apiKey;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate21.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs4 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate21.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate21.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.recvWindow !== undefined){
let data2 = data.recvWindow;
const _errs6 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate21.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 > 60000 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate21.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data3 = data.signature;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate21.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
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
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const r11: CompiledValidator = validate22;
const schema37 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"tradingLimits.request"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="tradingLimits.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiKey") || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiKey !== undefined){
let data0 = data.apiKey;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate22.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs4 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate22.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate22.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.recvWindow !== undefined){
let data2 = data.recvWindow;
const _errs6 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate22.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 > 60000 || isNaN(data2)){
validate22.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate22.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data3 = data.signature;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const r12: CompiledValidator = validate23;
const schema38 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"fundingLimits.request"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="fundingLimits.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiKey") || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiKey !== undefined){
let data0 = data.apiKey;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate23.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs4 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate23.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate23.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.recvWindow !== undefined){
let data2 = data.recvWindow;
const _errs6 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate23.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 > 60000 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate23.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data3 = data.signature;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate23.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
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
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const r13: CompiledValidator = validate24;
const schema39 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"currencies.request"};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="currencies.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "apiKey") || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.apiKey !== undefined){
let data0 = data.apiKey;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate24.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs4 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate24.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate24.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.recvWindow !== undefined){
let data2 = data.recvWindow;
const _errs6 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate24.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 > 60000 || isNaN(data2)){
validate24.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate24.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data3 = data.signature;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate24.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

export const r14: CompiledValidator = validate25;
const schema40 = {"type":"object","additionalProperties":false,"required":["coin","apiKey","timestamp","signature"],"properties":{"coin":{"type":"string","pattern":"^\\S+$"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"depositAddress.request"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="depositAddress.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.coin === undefined) && (missing0 = "coin")) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "coin") || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.coin !== undefined){
let data0 = data.coin;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate25.errors = [{instancePath:instancePath+"/coin",schemaPath:"#/properties/coin/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/coin",schemaPath:"#/properties/coin/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data1 = data.apiKey;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate25.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs6 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate25.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate25.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data3 = data.recvWindow;
const _errs8 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate25.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data3 == "number"){
if(data3 > 60000 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate25.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data4 = data.signature;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate25.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

export const r15: CompiledValidator = validate26;
const schema41 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"deposits.request"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="deposits.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "startTime") || (key0 === "endTime")) || (key0 === "limit")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate26.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
validate26.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate26.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate26.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate26.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
validate26.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate26.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate26.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate26.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data5 == "number"){
if(data5 > 60000 || isNaN(data5)){
validate26.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate26.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate26.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

export const r16: CompiledValidator = validate27;
const schema44 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"withdrawals.request"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="withdrawals.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "startTime") || (key0 === "endTime")) || (key0 === "limit")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate27.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate27.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate27.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate27.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
validate27.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate27.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate27.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate27.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate27.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data5 == "number"){
if(data5 > 60000 || isNaN(data5)){
validate27.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate27.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate27.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}

export const r17: CompiledValidator = validate28;
const schema47 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"transactions.request"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="transactions.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "startTime") || (key0 === "endTime")) || (key0 === "limit")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate28.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/startTime",schemaPath:"defs#/$defs/StartTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate28.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate28.errors = [{instancePath:instancePath+"/endTime",schemaPath:"defs#/$defs/EndTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate28.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
validate28.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate28.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate28.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
validate28.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate28.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data5 == "number"){
if(data5 > 60000 || isNaN(data5)){
validate28.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate28.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
validate28.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

export const r18: CompiledValidator = validate29;
const schema50 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"startTime":{"$ref":"defs#/$defs/StartTime"},"endTime":{"$ref":"defs#/$defs/EndTime"},"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"ledger.request"};

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

export const r19: CompiledValidator = validate30;
const schema53 = {"allOf":[{"if":{"required":["type"],"properties":{"type":{"enum":["LIMIT","STOP"]}}},"then":{"required":["price"]}}],"type":"object","additionalProperties":false,"required":["symbol","side","type","quantity","apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"side":{"$ref":"defs#/$defs/OrderSide"},"type":{"$ref":"defs#/$defs/OrderType"},"quantity":{"$ref":"defs#/$defs/RequestDecimal"},"price":{"$ref":"defs#/$defs/RequestDecimal"},"timeInForce":{"$ref":"defs#/$defs/TimeInForce"},"newOrderRespType":{"$ref":"defs#/$defs/NewOrderRespType"},"accountId":{"$ref":"defs#/$defs/RequestInt64Id"},"leverage":{"type":"integer","minimum":1},"takeProfit":{"$ref":"defs#/$defs/RequestDecimal"},"stopLoss":{"$ref":"defs#/$defs/RequestDecimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/RequestDecimal"},"stopDistance":{"$ref":"defs#/$defs/RequestDecimal"},"expireTimestamp":{"type":"integer","minimum":0},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"createOrder.request"};
const schema55 = {"type":"string","enum":["BUY","SELL","buy","sell"]};
const schema56 = {"type":"string","enum":["LIMIT","MARKET","STOP"]};
const schema57 = {"type":["number","string"],"pattern":"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$"};
const schema59 = {"type":"string","enum":["GTC","IOC","FOK"]};
const schema60 = {"type":"string","enum":["RESULT","FULL"]};
const schema61 = {"type":["integer","string"],"pattern":"^[0-9]+$"};
const func33 = Object.prototype.hasOwnProperty;
const pattern32 = func2("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", "u");
const pattern34 = func2("^[0-9]+$", "u");

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

export const r20: CompiledValidator = validate31;
const schema66 = {"type":"object","additionalProperties":false,"required":["symbol","orderId","apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"orderId":{"$ref":"defs#/$defs/OrderId"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"cancelOrder.request"};
const schema68 = {"type":"string","pattern":"^\\S+$"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="cancelOrder.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.symbol === undefined) && (missing0 = "symbol")) || ((data.orderId === undefined) && (missing0 = "orderId"))) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "symbol") || (key0 === "orderId")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate31.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.orderId !== undefined){
let data1 = data.orderId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate31.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data2 = data.apiKey;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate31.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs10 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate31.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate31.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data4 = data.recvWindow;
const _errs12 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
validate31.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 > 60000 || isNaN(data4)){
validate31.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate31.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data5 = data.signature;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
validate31.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate31.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
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
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

export const r21: CompiledValidator = validate32;
const schema69 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"openOrders.request"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="openOrders.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "symbol") || (key0 === "limit")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate32.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate32.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data1 = data.limit;
const _errs5 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate32.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
validate32.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.apiKey !== undefined){
let data2 = data.apiKey;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate32.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs9 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate32.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate32.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data4 = data.recvWindow;
const _errs11 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
validate32.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if(typeof data4 == "number"){
if(data4 > 60000 || isNaN(data4)){
validate32.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate32.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data5 = data.signature;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
validate32.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
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
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

export const r22: CompiledValidator = validate33;
const schema71 = {"type":"object","additionalProperties":false,"required":["symbol","orderId","apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"orderId":{"$ref":"defs#/$defs/OrderId"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"fetchOrder.request"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="fetchOrder.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.symbol === undefined) && (missing0 = "symbol")) || ((data.orderId === undefined) && (missing0 = "orderId"))) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "symbol") || (key0 === "orderId")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate33.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.orderId !== undefined){
let data1 = data.orderId;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate33.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/orderId",schemaPath:"defs#/$defs/OrderId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data2 = data.apiKey;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate33.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs10 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate33.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate33.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data4 = data.recvWindow;
const _errs12 = errors;
if(!((typeof data4 == "number") && (Math.floor(data4) === data4))){
validate33.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if(typeof data4 == "number"){
if(data4 > 60000 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data4 < 1 || isNaN(data4)){
validate33.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data5 = data.signature;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
validate33.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
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
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

export const r23: CompiledValidator = validate34;
const schema74 = {"type":"object","additionalProperties":false,"required":["orderId","apiKey","timestamp","signature"],"properties":{"orderId":{"$ref":"defs#/$defs/OrderId"},"newPrice":{"$ref":"defs#/$defs/RequestDecimal"},"takeProfit":{"$ref":"defs#/$defs/RequestDecimal"},"stopLoss":{"$ref":"defs#/$defs/RequestDecimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/RequestDecimal"},"stopDistance":{"$ref":"defs#/$defs/RequestDecimal"},"expireTimestamp":{"type":"integer","minimum":0},"type":{"$ref":"defs#/$defs/OrderType"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"updateTradingOrder.request"};

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

export const r24: CompiledValidator = validate35;
const schema82 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"tradingPositions.request"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="tradingPositions.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "limit") || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate35.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs2 = errors;
if(!((typeof data0 == "number") && (Math.floor(data0) === data0))){
validate35.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 < 1 || isNaN(data0)){
validate35.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
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
if(data.apiKey !== undefined){
let data1 = data.apiKey;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate35.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs6 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate35.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs6){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate35.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data3 = data.recvWindow;
const _errs8 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate35.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if(typeof data3 == "number"){
if(data3 > 60000 || isNaN(data3)){
validate35.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate35.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data4 = data.signature;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate35.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

export const r25: CompiledValidator = validate36;
const schema83 = {"type":"object","additionalProperties":false,"required":["apiKey","timestamp","signature"],"properties":{"symbol":{"$ref":"defs#/$defs/Symbol"},"from":{"type":"integer","minimum":0},"to":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"tradingPositionsHistory.request"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="tradingPositionsHistory.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.apiKey === undefined) && (missing0 = "apiKey")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "symbol") || (key0 === "from")) || (key0 === "to")) || (key0 === "limit")) || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate36.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate36.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/symbol",schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data1 = data.from;
const _errs5 = errors;
if(!((typeof data1 == "number") && (Math.floor(data1) === data1))){
validate36.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs5){
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
validate36.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.to !== undefined){
let data2 = data.to;
const _errs7 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate36.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate36.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.limit !== undefined){
let data3 = data.limit;
const _errs9 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate36.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data3 == "number"){
if(data3 < 1 || isNaN(data3)){
validate36.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data4 = data.apiKey;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate36.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data5 = data.timestamp;
const _errs13 = errors;
if(!((typeof data5 == "number") && (Math.floor(data5) === data5))){
validate36.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
validate36.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.recvWindow !== undefined){
let data6 = data.recvWindow;
const _errs15 = errors;
if(!((typeof data6 == "number") && (Math.floor(data6) === data6))){
validate36.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if(typeof data6 == "number"){
if(data6 > 60000 || isNaN(data6)){
validate36.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data6 < 1 || isNaN(data6)){
validate36.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data7 = data.signature;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
validate36.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
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
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

export const r26: CompiledValidator = validate37;
const schema85 = {"type":"object","additionalProperties":false,"required":["positionId","apiKey","timestamp","signature"],"properties":{"positionId":{"$ref":"defs#/$defs/PositionId"},"takeProfit":{"$ref":"defs#/$defs/RequestDecimal"},"stopLoss":{"$ref":"defs#/$defs/RequestDecimal"},"guaranteedStopLoss":{"type":"boolean"},"trailingStopLoss":{"type":"boolean"},"profitDistance":{"$ref":"defs#/$defs/RequestDecimal"},"stopDistance":{"$ref":"defs#/$defs/RequestDecimal"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"updateTradingPosition.request"};
const schema86 = {"type":"string","pattern":"^\\S+$"};

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

export const r27: CompiledValidator = validate38;
const schema91 = {"type":"object","additionalProperties":false,"required":["positionId","apiKey","timestamp","signature"],"properties":{"positionId":{"$ref":"defs#/$defs/PositionId"},"apiKey":{"type":"string","pattern":"^\\S+$"},"timestamp":{"type":"integer","minimum":0},"recvWindow":{"type":"integer","minimum":1,"maximum":60000},"signature":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"$id":"closeTradingPosition.request"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="closeTradingPosition.request" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.positionId === undefined) && (missing0 = "positionId")) || ((data.apiKey === undefined) && (missing0 = "apiKey"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.signature === undefined) && (missing0 = "signature"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "positionId") || (key0 === "apiKey")) || (key0 === "timestamp")) || (key0 === "recvWindow")) || (key0 === "signature"))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
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
validate38.errors = [{instancePath:instancePath+"/positionId",schemaPath:"defs#/$defs/PositionId/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/positionId",schemaPath:"defs#/$defs/PositionId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data1 = data.apiKey;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate38.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/properties/apiKey/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs7 = errors;
if(!((typeof data2 == "number") && (Math.floor(data2) === data2))){
validate38.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs7){
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
validate38.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(data.recvWindow !== undefined){
let data3 = data.recvWindow;
const _errs9 = errors;
if(!((typeof data3 == "number") && (Math.floor(data3) === data3))){
validate38.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if(typeof data3 == "number"){
if(data3 > 60000 || isNaN(data3)){
validate38.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate38.errors = [{instancePath:instancePath+"/recvWindow",schemaPath:"#/properties/recvWindow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signature !== undefined){
let data4 = data.signature;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate38.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
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
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

export const r28: CompiledValidator = validate39;
const schema93 = {"type":"object","additionalProperties":false,"required":["symbols"],"properties":{"symbols":{"type":"array","minItems":1,"items":{"$ref":"defs#/$defs/Symbol"}}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.symbols === undefined) && (missing0 = "symbols")){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "symbols")){
validate39.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.symbols !== undefined){
let data0 = data.symbols;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate39.errors = [{instancePath:instancePath+"/symbols",schemaPath:"#/properties/symbols/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate39.errors = [{instancePath:instancePath+"/symbols/" + i0,schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/symbols/" + i0,schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate39.errors = [{instancePath:instancePath+"/symbols",schemaPath:"#/properties/symbols/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

export const r30: CompiledValidator = validate40;
const schema95 = {"type":"object","additionalProperties":false,"required":["symbols"],"properties":{"symbols":{"type":"array","minItems":1,"items":{"$ref":"defs#/$defs/Symbol"}},"intervals":{"type":"array","minItems":1,"items":{"$ref":"defs#/$defs/OhlcInterval"}},"type":{"$ref":"defs#/$defs/CandleType"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.symbols === undefined) && (missing0 = "symbols")){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "symbols") || (key0 === "intervals")) || (key0 === "type"))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.symbols !== undefined){
let data0 = data.symbols;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate40.errors = [{instancePath:instancePath+"/symbols",schemaPath:"#/properties/symbols/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate40.errors = [{instancePath:instancePath+"/symbols/" + i0,schemaPath:"defs#/$defs/Symbol/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\""}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/symbols/" + i0,schemaPath:"defs#/$defs/Symbol/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/symbols",schemaPath:"#/properties/symbols/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.intervals !== undefined){
let data2 = data.intervals;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
if(data2.length < 1){
validate40.errors = [{instancePath:instancePath+"/intervals",schemaPath:"#/properties/intervals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs9 = errors;
if(typeof data3 !== "string"){
validate40.errors = [{instancePath:instancePath+"/intervals/" + i1,schemaPath:"defs#/$defs/OhlcInterval/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((((data3 === "1m") || (data3 === "5m")) || (data3 === "15m")) || (data3 === "30m")) || (data3 === "1h")) || (data3 === "4h")) || (data3 === "1d")) || (data3 === "1w")) || (data3 === "M1")) || (data3 === "M5")) || (data3 === "M15")) || (data3 === "M30")) || (data3 === "H1")) || (data3 === "H4")) || (data3 === "D1")) || (data3 === "W1"))){
validate40.errors = [{instancePath:instancePath+"/intervals/" + i1,schemaPath:"defs#/$defs/OhlcInterval/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/intervals",schemaPath:"#/properties/intervals/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data4 = data.type;
const _errs12 = errors;
if(typeof data4 !== "string"){
validate40.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/CandleType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data4 === "classic") || (data4 === "heikin-ashi")) || (data4 === "heiken-ashi")) || (data4 === "heikinAshi"))){
validate40.errors = [{instancePath:instancePath+"/type",schemaPath:"defs#/$defs/CandleType/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values"}];
return false;
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
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
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

export const r29: CompiledValidator = r28;
export const r31: CompiledValidator = r28;
