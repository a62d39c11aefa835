// Generated from asyncapi.yaml by the generator in this repository. Do not edit.
// Regenerate with: npm run generate
// @ts-nocheck -- ajv standalone output
import type { CompiledValidator } from '../codec/codec.js';
"use strict";
export const validate: CompiledValidator = validate18;
const schema40 = {"type":"object","required":["bids","asks"],"properties":{"lastUpdateId":{"type":"integer"},"bids":{"type":"array","items":{"$ref":"defs#/$defs/PriceLevel"}},"asks":{"type":"array","items":{"$ref":"defs#/$defs/PriceLevel"}}}};
const schema41 = {"type":"array","minItems":2,"items":{"type":"number"}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.bids === undefined) && (missing0 = "bids")) || ((data.asks === undefined) && (missing0 = "asks"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.lastUpdateId !== undefined){
let data0 = data.lastUpdateId;
const _errs1 = errors;
if(!((typeof data0 == "number") && (Math.floor(data0) === data0))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
validate18.errors = [{instancePath:instancePath+"/lastUpdateId",schemaPath:"#/properties/lastUpdateId/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["lastUpdateId"] = coerced0;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bids !== undefined){
let data1 = data.bids;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length < 2){
validate18.errors = [{instancePath:instancePath+"/bids/" + i0,schemaPath:"defs#/$defs/PriceLevel/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"}];
return false;
}
else {
var valid3 = true;
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
const _errs8 = errors;
if(!(typeof data3 == "number")){
let dataType1 = typeof data3;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "boolean" || data3 === null
              || (dataType1 == "string" && data3 && data3 == +data3)){
coerced1 = +data3;
}
else {
validate18.errors = [{instancePath:instancePath+"/bids/" + i0+"/" + i1,schemaPath:"defs#/$defs/PriceLevel/items/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
if(coerced1 !== undefined){
data3 = coerced1;
if(data2 !== undefined){
data2[i1] = coerced1;
}
}
}
var valid3 = _errs8 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/bids/" + i0,schemaPath:"defs#/$defs/PriceLevel/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/bids",schemaPath:"#/properties/bids/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.asks !== undefined){
let data4 = data.asks;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid4 = true;
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
if(data5.length < 2){
validate18.errors = [{instancePath:instancePath+"/asks/" + i2,schemaPath:"defs#/$defs/PriceLevel/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"}];
return false;
}
else {
var valid6 = true;
const len3 = data5.length;
for(let i3=0; i3<len3; i3++){
let data6 = data5[i3];
const _errs15 = errors;
if(!(typeof data6 == "number")){
let dataType2 = typeof data6;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "boolean" || data6 === null
              || (dataType2 == "string" && data6 && data6 == +data6)){
coerced2 = +data6;
}
else {
validate18.errors = [{instancePath:instancePath+"/asks/" + i2+"/" + i3,schemaPath:"defs#/$defs/PriceLevel/items/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
if(coerced2 !== undefined){
data6 = coerced2;
if(data5 !== undefined){
data5[i3] = coerced2;
}
}
}
var valid6 = _errs15 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/asks/" + i2,schemaPath:"defs#/$defs/PriceLevel/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs12 === errors;
if(!valid4){
break;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/asks",schemaPath:"#/properties/asks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}
